package io.trunkline.base.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import io.trunkline.KaribuTest;
import io.trunkline.organization.ui.OrganizationsView;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.Role;
import io.trunkline.security.UserService;
import io.trunkline.security.UserUpdate;
import io.trunkline.security.ui.ChangePasswordView;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.ui.LoginView;
import io.trunkline.security.ui.UsersView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NavigationTest extends KaribuTest {

	@Autowired
	private UserService users;

	@Autowired
	private CurrentUser currentUser;

	@Test
	void anonymous_visitor_is_sent_to_sign_in() {
		UI.getCurrent().navigate("users");
		_assertOne(LoginView.class);
		_assertNone(UsersView.class);
	}

	@Test
	void admin_sees_home_and_users_but_not_organizations() {
		Org org = this.accounts.newOrganization();
		signIn(org.adminEmail());
		_assertOne(HomeView.class);
		assertThat(menu()).containsExactly("Home", "Phone numbers", "Import numbers", "Agents", "Trunks", "Users",
				"API keys", "Audit");
	}

	@Test
	void layout_shows_the_organization_and_the_person() {
		Org org = this.accounts.newOrganization();
		String viewer = this.accounts.addUser(org, Role.VIEWER);
		signIn(viewer);
		// the drawer's text parts are Html: their markup is what the browser shows
		String drawer = _get(MainLayout.class).getElement().getTextRecursively()
				+ _find(Html.class).stream().map(Html::getInnerHtml).collect(Collectors.joining(" "));
		assertThat(drawer).contains(org.name()).contains("Viewer person").contains("Sign out");
	}

	@Test
	void viewer_sees_no_users_entry_and_cannot_open_users_by_url() {
		Org org = this.accounts.newOrganization();
		String viewer = this.accounts.addUser(org, Role.VIEWER);
		signIn(viewer);
		assertThat(menu()).containsExactly("Home", "Phone numbers", "Agents");
		assertRefused("users");
		_assertNone(UsersView.class);
	}

	@Test
	void agent_manager_cannot_open_users_or_organizations() {
		Org org = this.accounts.newOrganization();
		signIn(this.accounts.addUser(org, Role.AGENT_MANAGER));
		assertThat(menu()).containsExactly("Home", "Phone numbers", "Import numbers", "Agents");
		assertRefused("users");
		assertRefused("organizations");
		_assertNone(UsersView.class);
		_assertNone(OrganizationsView.class);
	}

	@Test
	void operator_sees_organizations() {
		signIn("bootstrap-admin@trunkline.test");
		assertThat(menu()).containsExactly("Home", "Phone numbers", "Import numbers", "Agents", "Trunks", "Users",
				"API keys", "Audit", "Organizations");
		UI.getCurrent().navigate("organizations");
		_assertOne(OrganizationsView.class);
	}

	@Test
	void home_leads_to_the_views_the_role_may_open() {
		signIn("bootstrap-admin@trunkline.test");
		String home = _get(HomeView.class).getElement().getTextRecursively();
		assertThat(home).contains("Welcome, Administrator")
			.contains("Users")
			.contains("Organizations")
			.contains("Import numbers");
	}

	@Test
	void a_disabled_person_is_signed_out_at_their_next_navigation() {
		Org org = this.accounts.newOrganization();
		String viewer = this.accounts.addUser(org, Role.VIEWER);
		signIn(viewer);
		_assertOne(HomeView.class);
		this.accounts.as(org.adminEmail(),
				() -> this.users.update(this.accounts.idOf(viewer), new UserUpdate(Role.VIEWER, false)));
		UI.getCurrent().navigate(ChangePasswordView.class);
		assertThat(this.currentUser.get()).isEmpty();
		_assertNone(ChangePasswordView.class);
	}

	/**
	 * Karibu reports a refused navigation by throwing; a browser shows an error page
	 * instead.
	 */
	private static void assertRefused(String route) {
		assertThatThrownBy(() -> UI.getCurrent().navigate(route)).hasMessageContaining("denied");
	}

	private static List<String> menu() {
		return _get(SideMenu.class).titles();
	}

}
