package io.trunkline.phonenumber.ui;

import java.math.BigDecimal;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.trunkline.KaribuTest;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.BindingService;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Binding agents as a person does it: in a number's form with weights and a live total,
 * and as a bulk action of the grid.
 */
class AgentBindingViewTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private BindingService bindings;

	private Org org;

	private TrunkSummary trunk;

	private AgentSummary ava;

	private AgentSummary ben;

	@BeforeEach
	void agents() {
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Main", "pw");
		this.ava = this.fixtures.agent(this.org, "Ava", 2);
		this.ben = this.fixtures.agent(this.org, "Ben", 1);
	}

	@Test
	void weights_show_a_live_total_and_a_wrong_total_is_refused_at_the_agents() {
		PhoneNumberDetails number = this.fixtures.number(this.org, this.trunk, "+1 415 555 0951");
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(number.id()));
		AgentListEditor inbound = _get(PhoneNumberEditView.class).form.inboundAgents;
		_click(inbound.add);
		type(inbound.rows.get(0).agent, this.ava);
		assertThat(inbound.total.getText()).isEqualTo("Total 100.00 %");
		_click(inbound.add);
		type(inbound.rows.get(1).agent, this.ben);
		assertThat(inbound.total.getText()).isEqualTo("Total 100.00 %");
		type(inbound.rows.get(0).weight, new BigDecimal("60"));
		type(inbound.rows.get(1).weight, new BigDecimal("30"));
		assertThat(inbound.total.getText()).isEqualTo("Total 90.00 % (must be 100 %)");
		_click(_get(PhoneNumberEditView.class).save);
		assertThat(inbound.error.getText()).startsWith("The weights add up to 90.00 %");
		type(inbound.rows.get(1).weight, new BigDecimal("40"));
		type(inbound.rows.get(0).version, "1");
		_click(_get(PhoneNumberEditView.class).save);
		assertThat(inbound.error.isVisible()).isFalse();
		this.accounts.signIn(this.org.adminEmail());
		assertThat(this.bindings.get(number.id()).inbound()).containsExactly(new BindingLine(this.ava.id(), "1", 6000),
				new BindingLine(this.ben.id(), "latest", 4000));
	}

	@Test
	void bulk_action_binds_the_selected_numbers_and_shows_what_changed() {
		this.fixtures.number(this.org, this.trunk, "+1 415 555 0961");
		this.fixtures.number(this.org, this.trunk, "+1 415 555 0962");
		this.fixtures.number(this.org, this.trunk, "+1 415 555 0963");
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberListView.class);
		PhoneNumberListView view = _get(PhoneNumberListView.class);
		List<PhoneNumberRow> two = _findAll(view.grid).stream().filter((row) -> !row.number().endsWith("63")).toList();
		view.grid.asMultiSelect().select(two);
		_click(_get(Button.class, (spec) -> spec.withText("Bind agents")));
		BulkBindDialog dialog = _get(BulkBindDialog.class);
		assertThat(dialog.scope.getValue()).isEqualTo(BulkBindDialog.SELECTED);
		_click(dialog.inbound.add);
		type(dialog.inbound.rows.get(0).agent, this.ben);
		_click(dialog.apply);
		assertThat(dialog.summary.getText()).isEqualTo("Inbound agents set on 2 numbers.");
		dialog.close();
		assertThat(_findAll(view.grid)).filteredOn(PhoneNumberRow::inUse).hasSize(2);
		_click(view.filters.more);
		type(view.filters.agent, this.ben);
		assertThat(_findAll(view.grid)).extracting(PhoneNumberRow::inboundAgents).containsOnly("Ben");
		assertThat(_getFormattedRow(view.grid, 0)).contains("Ben", "In use", "Active");
	}

	@Test
	void the_agent_and_weight_fields_of_each_row_are_named_by_their_place() {
		PhoneNumberDetails number = this.fixtures.number(this.org, this.trunk, "+1 415 555 0971");
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(number.id()));
		AgentListEditor inbound = _get(PhoneNumberEditView.class).form.inboundAgents;
		_click(inbound.add);
		_click(inbound.add);
		type(_get(inbound, ComboBox.class, (spec) -> spec.withLabel("Agent 1")), this.ava);
		type(_get(inbound, ComboBox.class, (spec) -> spec.withLabel("Agent 2")), this.ben);
		type(named(inbound, "Weight of agent 1 (%)"), new BigDecimal("70"));
		type(named(inbound, "Weight of agent 2 (%)"), new BigDecimal("30"));
		assertThat(inbound.total.getText()).isEqualTo("Total 100.00 %");
		assertThat(named(inbound, "Weight of agent 2 (%)").getLabel()).isEqualTo("Weight (%)");

		_click(_get(inbound, Button.class, (spec) -> spec.withAttribute("aria-label", "Remove agent 1")));
		assertThat(_get(inbound, ComboBox.class, (spec) -> spec.withLabel("Agent 1")).getValue()).isEqualTo(this.ben);
	}

	@Test
	void a_bulk_bind_and_a_single_edit_both_show_when_the_agents_changed() {
		PhoneNumberDetails bulk = this.fixtures.number(this.org, this.trunk, "+1 415 555 0981");
		PhoneNumberDetails single = this.fixtures.number(this.org, this.trunk, "+1 415 555 0982");
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberListView.class);
		PhoneNumberListView view = _get(PhoneNumberListView.class);
		toggleColumn(view.columns, "Agents changed (UTC)");
		assertThat(cell(view, bulk.number(), "bindingsChangedAt")).isEqualTo("Never");

		view.grid.asMultiSelect().select(row(view, bulk.number()));
		_click(_get(Button.class, (spec) -> spec.withText("Bind agents")));
		BulkBindDialog dialog = _get(BulkBindDialog.class);
		_click(dialog.inbound.add);
		type(dialog.inbound.rows.get(0).agent, this.ben);
		_click(dialog.apply);
		dialog.close();
		assertThat(cell(view, bulk.number(), "bindingsChangedAt")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
		assertThat(cell(view, single.number(), "bindingsChangedAt")).isEqualTo("Never");

		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(single.id()));
		PhoneNumberEditView page = _get(PhoneNumberEditView.class);
		assertThat(page.times.getText()).endsWith("Agents never bound");
		type(page.form.displayName, "Renamed only");
		_click(page.save);
		assertThat(page.times.getText()).endsWith("Agents never bound");
		_click(page.form.inboundAgents.add);
		type(page.form.inboundAgents.rows.get(0).agent, this.ava);
		_click(page.save);
		assertThat(page.times.getText())
			.matches("Updated .* UTC · Agents changed \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");

		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(bulk.id()));
		assertThat(_get(PhoneNumberEditView.class).times.getText()).contains("Agents changed");
	}

	private static PhoneNumberRow row(PhoneNumberListView view, String number) {
		return _findAll(view.grid).stream().filter((row) -> row.number().equals(number)).findFirst().orElseThrow();
	}

	private static String cell(PhoneNumberListView view, String number, String key) {
		return _getFormatted(view.grid.getColumnByKey(key), row(view, number));
	}

	private static BigDecimalField named(AgentListEditor editor, String accessibleName) {
		return _get(editor, BigDecimalField.class,
				(spec) -> spec.withPredicate((field) -> field.getAriaLabel().orElse("").equals(accessibleName)));
	}

}
