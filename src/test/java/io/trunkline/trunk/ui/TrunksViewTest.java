package io.trunkline.trunk.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.trunkline.KaribuTest;
import io.trunkline.base.ui.ColumnChooser;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._sort;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrunksViewTest extends KaribuTest {

	@Autowired
	private TrunkService trunks;

	@Autowired
	private NumberFixtures fixtures;

	@Test
	void the_trunk_grid_fits_a_laptop_and_the_column_menu_shows_round_trip_and_calls() {
		Org org = this.accounts.newOrganization();
		this.fixtures.trunk(org, "Carrier A", "pw");
		signIn(org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		SipTrunksPanel panel = _get(SipTrunksPanel.class);
		assertThat(visibleHeaders(panel.grid)).containsExactly("Name", "Termination URI", "Transport", "Status",
				"Last response", "Checked at (UTC)", "Registration");
		ColumnChooser columns = _get(panel, ColumnChooser.class);
		toggleColumn(columns, "Round trip");
		toggleColumn(columns, "Calls");
		toggleColumn(columns, "Password");
		assertThat(visibleHeaders(panel.grid)).contains("Round trip", "Calls", "Password");
	}

	private static List<String> visibleHeaders(Grid<?> grid) {
		return grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getHeaderText).toList();
	}

	@Test
	void admin_adds_a_trunk_through_the_form_with_a_write_only_password() {
		Org org = this.accounts.newOrganization();
		signIn(org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		_click(_get(Button.class, (spec) -> spec.withText("Add SIP trunk")));
		TrunkForm form = _get(TrunkForm.class);
		type(form.name, "Carrier A");
		type(form.terminationUri, "sips:carrier-a.example.com:5061");
		type(form.authUsername, "acme");
		type(form.newPassword, "s3cret-pass");
		_click(_get(Button.class, (spec) -> spec.withText("Save")));
		TrunkSummary saved = this.trunks.list().get(0);
		assertThat(saved.transport()).isEqualTo(Transport.TLS);
		assertThat(saved.passwordSet()).isTrue();
		_clickItem(_get(SipTrunksPanel.class).grid, 0, 0, false, false, false, false);
		assertThat(_get(TrunkForm.class).newPassword.getValue()).isEmpty();
		assertThat(_get(TrunkForm.class).newPassword.getPlaceholder()).isEqualTo("Set: type to replace");
	}

	@Test
	void trunks_are_listed_in_natural_order_of_their_names() {
		Org org = this.accounts.newOrganization();
		for (String name : new String[] { "Probe 12", "Probe 3", "probe 10", "Probe 11" }) {
			this.fixtures.trunk(org, name, "pw");
		}
		signIn(org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		Grid<TrunkSummary> grid = _get(SipTrunksPanel.class).grid;
		assertThat(_findAll(grid)).extracting(TrunkSummary::name)
			.containsExactly("Probe 3", "probe 10", "Probe 11", "Probe 12");
		_sort(grid, new QuerySortOrder("name", SortDirection.DESCENDING));
		assertThat(_findAll(grid)).extracting(TrunkSummary::name)
			.containsExactly("Probe 12", "Probe 11", "probe 10", "Probe 3");
	}

	@Test
	void bad_uri_is_shown_at_its_field() {
		Org org = this.accounts.newOrganization();
		signIn(org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		_click(_get(Button.class, (spec) -> spec.withText("Add SIP trunk")));
		TrunkForm form = _get(TrunkForm.class);
		type(form.name, "Broken");
		type(form.terminationUri, "sip:user:pw@pbx.example.com");
		_click(_get(Button.class, (spec) -> spec.withText("Save")));
		assertThat(form.terminationUri.isInvalid()).isTrue();
		assertThat(form.terminationUri.getErrorMessage()).startsWith("Remove the password from the URI");
	}

	@Test
	void a_transport_in_the_uri_that_disagrees_is_named_and_a_bare_sip_asks_for_the_host() {
		Org org = this.accounts.newOrganization();
		signIn(org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		_click(_get(Button.class, (spec) -> spec.withText("Add SIP trunk")));
		TrunkForm form = _get(TrunkForm.class);
		assertThat(form.name.isRequiredIndicatorVisible()).isTrue();
		assertThat(form.terminationUri.getHelperText()).contains(";transport= in the URI must match Transport");
		type(form.name, "Carrier");
		type(form.terminationUri, "sip:");
		_click(_get(Button.class, (spec) -> spec.withText("Save")));
		assertThat(form.terminationUri.getErrorMessage()).startsWith("A host is missing");
		type(form.terminationUri, "sip:user@pbx.example.com;transport=udp");
		_click(_get(Button.class, (spec) -> spec.withText("Save")));
		assertThat(form.terminationUri.getErrorMessage())
			.isEqualTo("The URI says transport=udp but Transport is TCP: make them agree or remove the parameter");
		type(form.transport, io.trunkline.trunk.Transport.UDP);
		_click(_get(Button.class, (spec) -> spec.withText("Save")));
		_assertNone(TrunkForm.class);
	}

	@Test
	void deleting_a_trunk_in_use_is_refused_with_the_count() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Busy", "pw");
		this.fixtures.number(org, trunk, "+1 415 555 0801");
		signIn(org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		_clickItem(_get(SipTrunksPanel.class).grid, 0, 0, false, false, false, false);
		_click(_get(Button.class, (spec) -> spec.withText("Delete")));
		_fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
		assertThat(getNotifications()).extracting((n) -> n.getElement().getProperty("text"))
			.anyMatch((text) -> text != null && text.contains("used by 1 number"));
		assertThat(this.trunks.list()).hasSize(1);
	}

	@Test
	void agent_managers_and_viewers_cannot_open_trunks() {
		Org org = this.accounts.newOrganization();
		for (Role role : new Role[] { Role.AGENT_MANAGER, Role.VIEWER }) {
			signIn(this.accounts.addUser(org, role));
			assertThatThrownBy(() -> UI.getCurrent().navigate(TrunksView.class)).hasMessageContaining("denied");
			_assertNone(TrunksView.class);
		}
	}

}
