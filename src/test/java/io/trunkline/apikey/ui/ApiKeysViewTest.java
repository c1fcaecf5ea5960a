package io.trunkline.apikey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.trunkline.KaribuTest;
import io.trunkline.apikey.ApiKeySummary;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeysViewTest extends KaribuTest {

	@Test
	void admin_creates_a_key_sees_it_once_and_the_grid_lists_it_without_the_secret() {
		Org org = this.accounts.newOrganization();
		openAs(org.adminEmail());
		create("Provisioning script", Role.AGENT_MANAGER, 30);
		TextField shown = _get(TextField.class, (spec) -> spec.withLabel("API key"));
		String key = shown.getValue();
		assertThat(key).matches("tlk_[0-9A-Za-z]{12}_[0-9A-Za-z]{43}");
		assertThat(shown.isReadOnly()).isTrue();
		_get(CreatedKeyDialog.class);
		_click(_get(Button.class, (spec) -> spec.withText("Copy")));
		_click(_get(Button.class, (spec) -> spec.withText("Done")));
		_assertNone(CreatedKeyDialog.class);

		ApiKeySummary row = _findAll(grid()).get(0);
		assertThat(row.name()).isEqualTo("Provisioning script");
		assertThat(row.role()).isEqualTo(Role.AGENT_MANAGER);
		assertThat(key).startsWith(row.prefix() + "_");
		assertThat(row.createdBy()).isEqualTo(org.adminEmail());
		assertThat(row.lastUsedAt()).isNull();
		assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(key.substring(17));
	}

	@Test
	void a_validity_over_a_year_is_refused_at_its_field() {
		openAs(this.accounts.newOrganization().adminEmail());
		create("Too long", Role.VIEWER, 400);
		IntegerField days = _get(IntegerField.class, (spec) -> spec.withLabel("Valid for (days)"));
		assertThat(days.isInvalid()).isTrue();
		assertThat(_findAll(grid())).isEmpty();
	}

	@Test
	void admin_revokes_a_key_after_confirming() {
		openAs(this.accounts.newOrganization().adminEmail());
		create("Old script", Role.VIEWER, 90);
		_click(_get(Button.class, (spec) -> spec.withText("Done")));
		Button revoke = (Button) _getCellComponent(grid(), 0, "revoke");
		_click(revoke);
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		_fireConfirm(confirm);
		ApiKeySummary row = _findAll(grid()).get(0);
		assertThat(row.revokedAt()).isNotNull();
		assertThat(row.status(java.time.Instant.now())).isEqualTo("Revoked");
	}

	@Test
	void agent_manager_and_viewer_cannot_open_api_keys() {
		Org org = this.accounts.newOrganization();
		for (Role role : new Role[] { Role.AGENT_MANAGER, Role.VIEWER }) {
			signIn(this.accounts.addUser(org, role));
			assertThatThrownBy(() -> UI.getCurrent().navigate(ApiKeysView.class)).hasMessageContaining("denied");
			_assertNone(ApiKeysView.class);
		}
	}

	private void openAs(String email) {
		signIn(email);
		UI.getCurrent().navigate(ApiKeysView.class);
	}

	@SuppressWarnings("unchecked")
	private static void create(String name, Role role, int days) {
		_click(_get(_get(ApiKeysView.class), Button.class, (spec) -> spec.withText("Create API key")));
		NewApiKeyForm form = _get(NewApiKeyForm.class);
		type(_get(form, TextField.class, (spec) -> spec.withLabel("Name")), name);
		type(_get(form, Select.class, (spec) -> spec.withLabel("Role")), role);
		type(_get(form, IntegerField.class, (spec) -> spec.withLabel("Valid for (days)")), days);
		_click(_get(form, Button.class, (spec) -> spec.withText("Create key")));
	}

	@SuppressWarnings("unchecked")
	private static Grid<ApiKeySummary> grid() {
		return _get(ApiKeysView.class).grid;
	}

}
