package io.trunkline.agent.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.trunkline.KaribuTest;
import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.agent.BindingRows;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.ui.LoginView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getHeader;
import static org.assertj.core.api.Assertions.assertThat;

class AgentsViewTest extends KaribuTest {

	@Autowired
	private AgentService agents;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void an_agent_manager_adds_an_agent_publishes_a_version_and_tags_it() {
		Org org = this.accounts.newOrganization();
		signIn(this.accounts.addUser(org, Role.AGENT_MANAGER));
		UI.getCurrent().navigate(AgentsView.class);
		click("Add agent");
		type(_get(AgentForm.class).name, "Support");
		type(_get(AgentForm.class).description, "Answers the support line");
		click("Save");
		assertThat(_getFormattedRow(grid(), 0)).startsWith("Support").contains("Not published", "0");
		assertThat(_getFormattedRow(grid(), 0).get(1)).matches("agt_[a-z0-9]{12}");

		_click((Button) _getCellComponent(grid(), 0, "publish"));
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(_getHeader(confirm)).isEqualTo("Publish version 1 of Support?");
		_fireConfirm(confirm);
		assertThat(_getFormattedRow(grid(), 0)).contains("Support", "v1");

		_clickItem(grid(), 0, 0, false, false, false, false);
		assertThat(_get(AgentForm.class).versions.getText()).startsWith("Latest version: v1");
		click("Add tag");
		type(_get(TextField.class, (spec) -> spec.withLabel("Tag")), "prod");
		@SuppressWarnings("unchecked")
		Select<Integer> version = _get(Select.class, (spec) -> spec.withLabel("Version"));
		assertThat(version.getValue()).as("a new tag starts at the latest version").isEqualTo(1);
		click("Save");

		assertThat(_getFormattedRow(grid(), 0)).contains("Support", "v1", "prod → v1");
		assertThat(this.agents.list().get(0).tags()).containsEntry("prod", 1);
	}

	@Test
	void publishing_is_its_own_confirmed_action_and_cancelling_publishes_nothing() {
		Org org = this.accounts.newOrganization();
		this.accounts.as(org.adminEmail(), () -> this.agents.publishVersion(this.agents.create(command("Sales")).id()));
		signIn(org.adminEmail());
		UI.getCurrent().navigate(AgentsView.class);
		_clickItem(grid(), 0, 0, false, false, false, false);
		_assertNone(Button.class, (spec) -> spec.withText("Publish version 2"));
		click("Cancel");

		Button publish = (Button) _getCellComponent(grid(), 0, "publish");
		assertThat(publish.getText()).isEqualTo("Publish v2");
		_click(publish);
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(_getHeader(confirm)).isEqualTo("Publish version 2 of Sales?");
		_fireCancel(confirm);
		assertThat(this.agents.list().get(0).latestVersion()).isEqualTo(1);

		_click((Button) _getCellComponent(grid(), 0, "publish"));
		_fireConfirm(_get(ConfirmDialog.class));
		assertThat(this.agents.list().get(0).latestVersion()).isEqualTo(2);
		assertThat(_getFormattedRow(grid(), 0)).contains("Sales", "v2");
		assertThat(((Button) _getCellComponent(grid(), 0, "publish")).getText()).isEqualTo("Publish v3");
	}

	@Test
	void a_name_already_taken_is_shown_at_the_name_field() {
		Org org = this.accounts.newOrganization();
		this.accounts.as(org.adminEmail(), () -> this.agents.create(command("Support")));
		signIn(org.adminEmail());
		UI.getCurrent().navigate(AgentsView.class);
		click("Add agent");
		AgentForm form = _get(AgentForm.class);
		type(form.name, "SUPPORT");
		click("Save");
		assertThat(form.name.isInvalid()).isTrue();
		assertThat(form.name.getErrorMessage()).isEqualTo("Another agent has this name");
		assertThat(_size(grid())).isEqualTo(1);
	}

	@Test
	void a_wrong_tag_is_shown_at_the_tags() {
		Org org = this.accounts.newOrganization();
		this.accounts.as(org.adminEmail(), () -> this.agents.publishVersion(this.agents.create(command("Sales")).id()));
		signIn(org.adminEmail());
		UI.getCurrent().navigate(AgentsView.class);
		_clickItem(grid(), 0, 0, false, false, false, false);
		click("Add tag");
		type(_get(TextField.class, (spec) -> spec.withLabel("Tag")), "v2");
		@SuppressWarnings("unchecked")
		Select<Integer> version = _get(Select.class, (spec) -> spec.withLabel("Version"));
		type(version, 1);
		click("Save");
		AgentForm form = _get(AgentForm.class);
		assertThat(form.tags.isInvalid()).isTrue();
		assertThat(form.tags.getErrorMessage()).startsWith("Tag v2:");
		assertThat(_getFormattedRow(grid(), 0)).contains("Sales", "v1", "");
	}

	@Test
	void a_viewer_reads_the_grid_and_a_read_only_form() {
		Org org = this.accounts.newOrganization();
		this.accounts.as(org.adminEmail(), () -> this.agents.publishVersion(this.agents.create(command("Sales")).id()));
		signIn(this.accounts.addUser(org, Role.VIEWER));
		UI.getCurrent().navigate(AgentsView.class);
		_assertNone(Button.class, (spec) -> spec.withText("Add agent"));
		assertThat(_getFormattedRow(grid(), 0)).contains("Sales", "v1");
		_clickItem(grid(), 0, 0, false, false, false, false);
		AgentForm form = _get(AgentForm.class);
		assertThat(form.name.isReadOnly()).isTrue();
		assertThat(form.externalId.isReadOnly()).isTrue();
		assertThat(form.tags.isReadOnly()).isTrue();
		_assertNone(Button.class, (spec) -> spec.withText("Add tag"));
		_assertNone(Button.class, (spec) -> spec.withText("Save"));
		_assertNone(Button.class, (spec) -> spec.withText("Delete"));
		_assertOne(Button.class, (spec) -> spec.withText("Close"));
		assertThat(grid().getColumnByKey("publish")).isNull();
	}

	@Test
	void deleting_a_bound_agent_asks_to_unbind_it_and_then_removes_agent_and_binding() {
		Org org = this.accounts.newOrganization();
		AgentSummary[] agent = new AgentSummary[1];
		this.accounts.as(org.adminEmail(), () -> agent[0] = this.agents.create(command("Bound")));
		long number = this.fixtures.number(org, this.fixtures.trunk(org, "Carrier", "pw"), "+1 415 555 0100").id();
		BindingRows bindings = new BindingRows(this.jdbc);
		bindings.bind(org.id(), number, "INBOUND", agent[0].id(), 10000, 0);
		signIn(org.adminEmail());
		UI.getCurrent().navigate(AgentsView.class);
		assertThat(_getFormattedRow(grid(), 0).subList(0, 5)).containsExactly("Bound", agent[0].externalId(),
				"Not published", "", "1");
		_clickItem(grid(), 0, 0, false, false, false, false);
		click("Delete");
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(_getHeader(confirm)).isEqualTo("Agent Bound is bound to 1 number");
		assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Unbind from 1 number and delete");
		_fireConfirm(confirm);
		assertThat(_size(grid())).isZero();
		assertThat(bindings.weights(number, "INBOUND")).isEmpty();
		assertThat(this.agents.list()).isEmpty();
		assertThat(this.jdbc.queryForObject("select bindings_changed_at from phone_number where id = ?",
				java.sql.Timestamp.class, number))
			.as("the number's agents changed")
			.isNotNull();
	}

	@Test
	void deleting_an_unbound_agent_asks_the_usual_question() {
		Org org = this.accounts.newOrganization();
		this.accounts.as(org.adminEmail(), () -> this.agents.create(command("Idle")));
		signIn(org.adminEmail());
		UI.getCurrent().navigate(AgentsView.class);
		_clickItem(grid(), 0, 0, false, false, false, false);
		click("Delete");
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(_getHeader(confirm)).isEqualTo("Delete agent Idle?");
		_fireConfirm(confirm);
		assertThat(_size(grid())).isZero();
	}

	@Test
	void an_anonymous_visitor_is_sent_to_sign_in() {
		UI.getCurrent().navigate("agents");
		_assertOne(LoginView.class);
		_assertNone(AgentsView.class);
	}

	private static AgentCommand command(String name) {
		AgentCommand command = new AgentCommand();
		command.setName(name);
		return command;
	}

	private static void click(String text) {
		_click(_get(Button.class, (spec) -> spec.withText(text)));
	}

	private static com.vaadin.flow.component.grid.Grid<AgentSummary> grid() {
		return _get(AgentsView.class).grid;
	}

}
