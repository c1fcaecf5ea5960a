package io.trunkline.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.trunkline.KaribuTest;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.UserSummary;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends KaribuTest {

	@Test
	void admin_adds_a_user_and_sees_the_temporary_password_once() {
		Org org = this.accounts.newOrganization();
		openUsersAs(org.adminEmail());
		fillNewUser("New.Person@Example.test", "New Person", Role.AGENT_MANAGER);
		TextField password = _get(TextField.class, (spec) -> spec.withLabel("Temporary password"));
		assertThat(password.getValue()).hasSize(20);
		assertThat(password.isReadOnly()).isTrue();
		assertThat(_findAll(grid())).extracting(UserSummary::email).contains("new.person@example.test");
	}

	@Test
	void the_temporary_password_is_copied_with_the_clipboard_or_selected_with_a_hint() {
		Org org = this.accounts.newOrganization();
		openUsersAs(org.adminEmail());
		fillNewUser("copy.me@example.test", "Copy Me", Role.VIEWER);
		Button copy = _get(Button.class, (spec) -> spec.withText("Copy password"));
		UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

		_click(copy);
		var copying = clipboardCall();
		copying.complete(tools.jackson.databind.node.BooleanNode.TRUE);
		assertThat(notifications()).contains(io.trunkline.base.ui.CopyButton.COPIED);

		_click(copy);
		clipboardCall().complete(tools.jackson.databind.node.BooleanNode.FALSE);
		assertThat(pendingJavaScript()).extracting((call) -> call.getInvocation().getExpression())
			.anyMatch((js) -> js.contains("select()"));
		assertThat(notifications()).contains(io.trunkline.base.ui.CopyButton.NOT_ALLOWED);
	}

	private static com.vaadin.flow.component.internal.PendingJavaScriptInvocation clipboardCall() {
		var calls = pendingJavaScript();
		var clipboard = calls.stream()
			.filter((call) -> call.getInvocation().getExpression().contains("navigator.clipboard.writeText(text)"))
			.toList();
		assertThat(clipboard).hasSize(1);
		// the secret is read from the field in the browser, not sent again
		assertThat(clipboard.get(0).getInvocation().getParameters()).noneMatch(String.class::isInstance);
		return clipboard.get(0);
	}

	// what the browser would be asked to run with the next response
	private static java.util.List<com.vaadin.flow.component.internal.PendingJavaScriptInvocation> pendingJavaScript() {
		UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
		return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
	}

	private static java.util.List<String> notifications() {
		return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()
			.stream()
			.map((n) -> n.getElement().getProperty("text"))
			.toList();
	}

	@Test
	void duplicate_email_is_shown_at_the_email_field() {
		Org org = this.accounts.newOrganization();
		openUsersAs(org.adminEmail());
		fillNewUser(org.adminEmail().toUpperCase(), "Someone", Role.VIEWER);
		EmailField email = _get(EmailField.class, (spec) -> spec.withLabel("Email"));
		assertThat(email.isInvalid()).isTrue();
		assertThat(email.getErrorMessage()).isEqualTo("A user with this email already exists");
	}

	@Test
	void last_admin_cannot_demote_themselves_and_is_told_at_the_role_field() {
		Org org = this.accounts.newOrganization();
		openUsersAs(org.adminEmail());
		_clickItem(grid(), 0, 0, false, false, false, false);
		@SuppressWarnings("unchecked")
		Select<Role> role = _get(Select.class, (spec) -> spec.withLabel("Role"));
		type(role, Role.VIEWER);
		_click(_get(_get(UserEditForm.class), Button.class, (spec) -> spec.withText("Save")));
		assertThat(role.isInvalid()).isTrue();
		assertThat(role.getErrorMessage()).isEqualTo("An organization needs at least one enabled admin");
		assertThat(this.accounts.load(org.adminEmail()).getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void admin_disables_a_viewer() {
		Org org = this.accounts.newOrganization();
		String viewer = this.accounts.addUser(org, Role.VIEWER);
		openUsersAs(org.adminEmail());
		int row = _findAll(grid()).stream().map(UserSummary::email).toList().indexOf(viewer);
		_clickItem(grid(), row, 0, false, false, false, false);
		type(_get(Checkbox.class, (spec) -> spec.withLabel("Can sign in")), false);
		_click(_get(_get(UserEditForm.class), Button.class, (spec) -> spec.withText("Save")));
		assertThat(this.accounts.load(viewer).isEnabled()).isFalse();
		assertThat(_findAll(grid())).filteredOn((user) -> user.email().equals(viewer))
			.extracting(UserSummary::enabled)
			.containsExactly(false);
	}

	private void openUsersAs(String email) {
		signIn(email);
		UI.getCurrent().navigate(UsersView.class);
	}

	private void fillNewUser(String email, String name, Role role) {
		_click(_get(_get(UsersView.class), Button.class, (spec) -> spec.withText("Add user")));
		type(_get(EmailField.class, (spec) -> spec.withLabel("Email")), email);
		type(_get(TextField.class, (spec) -> spec.withLabel("Name")), name);
		@SuppressWarnings("unchecked")
		Select<Role> roleSelect = _get(_get(NewUserForm.class), Select.class, (spec) -> spec.withLabel("Role"));
		type(roleSelect, role);
		_click(_get(_get(NewUserForm.class), Button.class, (spec) -> spec.withText("Add user")));
	}

	@SuppressWarnings("unchecked")
	private static Grid<UserSummary> grid() {
		return _get(UsersView.class).grid;
	}

}
