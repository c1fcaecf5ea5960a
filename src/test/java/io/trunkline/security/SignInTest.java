package io.trunkline.security;

import io.trunkline.organization.CreatedOrganization;
import io.trunkline.organization.NewOrganization;
import io.trunkline.organization.OrganizationService;
import io.trunkline.TrunklineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The sign-in form's endpoint, through the real security filter chain.
 */
@TrunklineTest
class SignInTest {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private OrganizationService organizations;

	@Autowired
	private UserService users;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void bootstrap_admin_signs_in_with_the_configured_password() throws Exception {
		this.mvc
			.perform(formLogin("/login").user("bootstrap-admin@trunkline.test").password("bootstrap-admin-password"))
			.andExpect(authenticated().withUsername("bootstrap-admin@trunkline.test"));
	}

	@Test
	void email_is_matched_without_regard_to_case() throws Exception {
		this.mvc
			.perform(formLogin("/login").user("Bootstrap-Admin@Trunkline.TEST").password("bootstrap-admin-password"))
			.andExpect(authenticated());
	}

	@Test
	void wrong_password_and_unknown_email_fail_the_same_way() throws Exception {
		this.mvc.perform(formLogin("/login").user("bootstrap-admin@trunkline.test").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nobody@trunkline.test").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void disabled_account_fails_like_a_wrong_password() throws Exception {
		NewOrganization command = new NewOrganization();
		command.setName("Sign-in org");
		command.setSlug("sign-in-org");
		command.setAdminEmail("signin-admin@example.test");
		command.setAdminName("Admin");
		CreatedOrganization created = this.accounts.asOperator(() -> this.organizations.create(command));
		this.accounts.signIn(created.admin().email());
		NewAccount viewer = this.users.create(new NewUser("signin-viewer@example.test", "Viewer", Role.VIEWER));
		this.mvc.perform(formLogin("/login").user(viewer.email()).password(viewer.temporaryPassword()))
			.andExpect(authenticated());
		this.accounts.signIn(created.admin().email());
		this.users.update(viewer.userId(), new UserUpdate(Role.VIEWER, false));
		this.accounts.signOut();
		this.mvc.perform(formLogin("/login").user(viewer.email()).password(viewer.temporaryPassword()))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

}
