package io.trunkline.security.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import io.trunkline.KaribuTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.phonenumber.ui.PhoneNumberEditView;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.UserService;
import io.trunkline.security.UserUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two sessions: a person with a page open, and an admin who changes that person's account
 * meanwhile. The person's next click counts with the account as it is now. (Each HTTP
 * request checks it too, see {@code AccountFilterTest}; here no filter runs, so the
 * service's own check is what refuses.)
 */
class LiveAccountsViewTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private UserService users;

	@Autowired
	private CurrentUser currentUser;

	private Org org;

	private PhoneNumberDetails number;

	@BeforeEach
	void organization() {
		this.org = this.accounts.newOrganization();
		this.number = this.fixtures.number(this.org, this.fixtures.trunk(this.org, "Main", "pw"), "+1 415 555 2690");
	}

	@Test
	void agent_manager_demoted_and_disabled_while_editing_a_number_cannot_save_and_is_signed_out() {
		String manager = this.accounts.addUser(this.org, Role.AGENT_MANAGER);
		openNumberAs(manager);
		type(field("Display name"), "Changed after the demotion");

		this.accounts.as(this.org.adminEmail(),
				() -> this.users.update(this.accounts.idOf(manager), new UserUpdate(Role.VIEWER, false)));
		clickAsTheBrowserWould(button("Save"));

		assertThat(storedDisplayName()).isNotEqualTo("Changed after the demotion");
		assertThat(this.currentUser.get()).isEmpty();
	}

	@Test
	void agent_manager_demoted_while_editing_is_told_that_nothing_was_saved() {
		String manager = this.accounts.addUser(this.org, Role.AGENT_MANAGER);
		openNumberAs(manager);
		type(field("Display name"), "Changed after the demotion");

		this.accounts.as(this.org.adminEmail(),
				() -> this.users.update(this.accounts.idOf(manager), new UserUpdate(Role.VIEWER, true)));
		clickAsTheBrowserWould(button("Save"));

		assertThat(NotificationsKt.getNotifications()).extracting((n) -> n.getElement().getProperty("text"))
			.contains(RefusedActions.REFUSED);
		assertThat(storedDisplayName()).isNotEqualTo("Changed after the demotion");
		assertThat(this.currentUser.require().role()).isEqualTo(Role.VIEWER);
	}

	@Test
	void viewer_promoted_while_signed_in_may_save_without_signing_in_again() {
		String viewer = this.accounts.addUser(this.org, Role.VIEWER);
		signIn(viewer);
		this.accounts.as(this.org.adminEmail(),
				() -> this.users.update(this.accounts.idOf(viewer), new UserUpdate(Role.AGENT_MANAGER, true)));
		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(this.number.id()));
		type(field("Display name"), "Saved after the promotion");
		_click(button("Save"));

		assertThat(storedDisplayName()).isEqualTo("Saved after the promotion");
	}

	@Test
	void admin_disabled_while_the_users_dialog_is_open_cannot_change_anyone() {
		String viewer = this.accounts.addUser(this.org, Role.VIEWER);
		String otherAdmin = this.accounts.addUser(this.org, Role.ADMIN);
		signIn(otherAdmin);
		UI.getCurrent().navigate(UsersView.class);
		int row = _findAll(_get(UsersView.class).grid).stream().map((user) -> user.email()).toList().indexOf(viewer);
		_clickItem(_get(UsersView.class).grid, row, 0, false, false, false, false);
		@SuppressWarnings("unchecked")
		Select<Role> role = _get(_get(UserEditForm.class), Select.class, (spec) -> spec.withLabel("Role"));
		type(role, Role.ADMIN);

		this.accounts.as(this.org.adminEmail(),
				() -> this.users.update(this.accounts.idOf(otherAdmin), new UserUpdate(Role.ADMIN, false)));
		assertThatThrownBy(() -> _click(_get(_get(UserEditForm.class), Button.class, (spec) -> spec.withText("Save"))))
			.isInstanceOf(AccessDeniedException.class);

		assertThat(this.accounts.load(viewer).getRole()).isEqualTo(Role.VIEWER);
	}

	@Test
	void admin_disabled_while_the_users_dialog_is_open_lands_on_the_sign_in_view() {
		String viewer = this.accounts.addUser(this.org, Role.VIEWER);
		String otherAdmin = this.accounts.addUser(this.org, Role.ADMIN);
		signIn(otherAdmin);
		UI.getCurrent().navigate(UsersView.class);
		int row = _findAll(_get(UsersView.class).grid).stream().map((user) -> user.email()).toList().indexOf(viewer);
		_clickItem(_get(UsersView.class).grid, row, 0, false, false, false, false);
		type(_get(Checkbox.class, (spec) -> spec.withLabel("Can sign in")), false);

		this.accounts.as(this.org.adminEmail(),
				() -> this.users.update(this.accounts.idOf(otherAdmin), new UserUpdate(Role.VIEWER, false)));
		clickAsTheBrowserWould(_get(_get(UserEditForm.class), Button.class, (spec) -> spec.withText("Save")));

		assertThat(this.accounts.load(viewer).isEnabled()).isTrue();
		assertThat(this.currentUser.get()).isEmpty();
	}

	private String storedDisplayName() {
		String[] name = new String[1];
		this.accounts.as(this.org.adminEmail(), () -> name[0] = this.numbers.get(this.number.id()).displayName());
		return name[0];
	}

	private void openNumberAs(String email) {
		signIn(email);
		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(this.number.id()));
	}

	/**
	 * Vaadin hands what a click's listener throws to the session's error handler; Karibu
	 * throws it to the test instead.
	 */
	private static void clickAsTheBrowserWould(Button button) {
		try {
			_click(button);
		}
		catch (RuntimeException ex) {
			VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(ex));
		}
	}

	private static TextField field(String label) {
		return _get(TextField.class, (spec) -> spec.withLabel(label));
	}

	private static Button button(String text) {
		return _get(Button.class, (spec) -> spec.withText(text));
	}

}
