package io.trunkline.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouterLink;
import io.trunkline.KaribuTest;
import io.trunkline.base.ui.HomeView;
import io.trunkline.base.ui.SideMenu;
import io.trunkline.security.NewAccount;
import io.trunkline.security.NewUser;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.UserService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordViewTest extends KaribuTest {

	@Autowired
	private UserService users;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void temporary_password_must_be_replaced_before_anything_else() {
		NewAccount account = newPersonWithTemporaryPassword();
		signIn(account.email());
		_assertOne(ChangePasswordView.class);
		_assertNone(HomeView.class);
		assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("account/password");
		UI.getCurrent().navigate("");
		_assertOne(ChangePasswordView.class);

		change(account.temporaryPassword(), "a brand new passphrase", "a brand new passphrase");

		_assertOne(HomeView.class);
		assertThat(this.accounts.load(account.email()).isPasswordChangeRequired()).isFalse();
	}

	@Test
	void the_forced_password_page_offers_only_signing_out_and_the_menu_returns_afterwards() {
		NewAccount account = newPersonWithTemporaryPassword();
		signIn(account.email());
		_assertNone(SideMenu.class);
		_assertNone(RouterLink.class, (spec) -> spec.withText("Change password"));
		_assertOne(Button.class, (spec) -> spec.withText("Sign out"));

		change(account.temporaryPassword(), "a brand new passphrase", "a brand new passphrase");

		_assertOne(SideMenu.class);
		_assertOne(RouterLink.class, (spec) -> spec.withText("Change password"));
	}

	@Test
	void mistakes_are_shown_at_their_fields_and_change_nothing() {
		NewAccount account = newPersonWithTemporaryPassword();
		signIn(account.email());
		change("wrong current password", "a brand new passphrase", "a brand new passphrase");
		assertThat(field("Current password").getErrorMessage()).isEqualTo("The current password is not correct");
		change(account.temporaryPassword(), "short", "short");
		assertThat(field("New password").getErrorMessage()).isEqualTo("Use at least 12 characters");
		change(account.temporaryPassword(), "a brand new passphrase", "another passphrase");
		assertThat(field("Repeat the new password").getErrorMessage()).isEqualTo("The two new passwords differ");
		_assertOne(ChangePasswordView.class);
		assertThat(this.accounts.passwordMatches(account.email(), account.temporaryPassword(), this.passwordEncoder))
			.isTrue();
	}

	private NewAccount newPersonWithTemporaryPassword() {
		Org org = this.accounts.newOrganization();
		NewAccount[] created = new NewAccount[1];
		this.accounts.as(org.adminEmail(), () -> created[0] = this.users
			.create(new NewUser("temp-" + org.id() + "@example.test", "Temporary Person", Role.VIEWER)));
		return created[0];
	}

	private void change(String current, String next, String repeat) {
		type(field("Current password"), current);
		type(field("New password"), next);
		type(field("Repeat the new password"), repeat);
		_click(_get(_get(ChangePasswordView.class), Button.class, (spec) -> spec.withText("Change password")));
	}

	private static PasswordField field(String label) {
		return _get(PasswordField.class, (spec) -> spec.withLabel(label));
	}

}
