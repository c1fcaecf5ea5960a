package io.trunkline.api.compat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.trunkline.KaribuTest;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.phonenumber.ui.PhoneNumberEditView;
import io.trunkline.phonenumber.ui.PhoneNumberListView;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number imported through a migration endpoint is an ordinary number in the console:
 * listed, opened, changed and saved with its agents kept.
 */
@Import(CompatAgents.class)
class CompatConsoleTest extends KaribuTest {

	@Autowired
	private RetellController retell;

	@Autowired
	private CompatAgents agents;

	@Autowired
	private PhoneNumberService numbers;

	@Test
	void a_number_imported_the_retell_way_is_listed_and_edited_in_the_console() {
		Org org = this.accounts.newOrganization();
		this.agents.agent(org, RetellCompatIT.AGENT);
		this.agents.agent(org, "retell-second-agent");
		signIn(org.adminEmail());
		RetellResponse imported = this.retell.importNumber(CompatResources.read("retell/import-full.json"));
		assertThat(imported.phoneNumber()).isEqualTo("+14157774444");

		UI.getCurrent().navigate(PhoneNumberListView.class);
		@SuppressWarnings("unchecked")
		Grid<Object> grid = _get(Grid.class);
		assertThat(_size(grid)).isEqualTo(1);
		assertThat(String.join(" ", _getFormattedRow(grid, 0))).contains("+1 415-777-4444", "Frontdesk Number");

		long id = this.numbers
			.pageAfter(new io.trunkline.phonenumber.NumberFilter(null, null, null, null, null, null), 0, 10)
			.get(0)
			.id();
		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(id));
		TextField name = _get(TextField.class, (spec) -> spec.withLabel("Display name"));
		assertThat(name.getValue()).isEqualTo("Frontdesk Number");
		type(name, "Front desk, moved");
		_click(_get(Button.class, (spec) -> spec.withText("Save")));

		PhoneNumberDetails saved = this.numbers.get(id);
		assertThat(saved.displayName()).isEqualTo("Front desk, moved");
		assertThat(saved.bindings().inbound()).hasSize(2);
		assertThat(saved.bindings().inbound().stream().map((line) -> line.weightBp()).toList())
			.isEqualTo(List.of(5000, 5000));
		assertThat(saved.allowedInboundCountries()).containsExactlyInAnyOrder("US", "CA", "GB");
		assertThat(JsonMapper.builder().build().writeValueAsString(imported)).doesNotContain("123456");
	}

}
