package io.trunkline.security.ui;

import io.trunkline.TrunklineTest;
import io.trunkline.security.Role;
import io.trunkline.security.SignInRequests;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.UserService;
import io.trunkline.security.UserUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import static io.trunkline.security.SignInRequests.newAddress;
import static io.trunkline.security.SignInRequests.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two sessions through the real filter chain: a person's, and their admin's, who changes
 * the person's account. The person's very next request, a Vaadin UIDL round trip or a
 * heartbeat, counts with the account as it is in the database.
 */
@TrunklineTest
class AccountFilterTest {

	private static final String PASSWORD = "the-right-password";

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private UserService users;

	private MockMvc mvc;

	private Org org;

	private String person;

	private MockHttpSession personSession;

	private MockHttpSession adminSession;

	@BeforeEach
	void signBothIn() throws Exception {
		this.mvc = SignInRequests.mockMvc(this.context);
		this.org = this.accounts.newOrganization();
		this.person = this.accounts.addUser(this.org, Role.AGENT_MANAGER);
		this.accounts.setPassword(this.person, PASSWORD);
		this.accounts.setPassword(this.org.adminEmail(), PASSWORD);
		this.accounts.signOut();
		this.personSession = signedIn(this.person);
		this.adminSession = signedIn(this.org.adminEmail());
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_disabled_persons_session_ends_at_their_next_uidl_request() throws Exception {
		change(new UserUpdate(Role.VIEWER, false));
		uidl(this.personSession);
		assertThat(this.personSession.isInvalid()).isTrue();
		this.mvc.perform(get("/").with(existing(this.personSession))).andExpect(unauthenticated());
		assertThat(this.adminSession.isInvalid()).isFalse();
	}

	@Test
	void a_heartbeat_ends_a_disabled_persons_session_too() throws Exception {
		change(new UserUpdate(Role.AGENT_MANAGER, false));
		this.mvc.perform(post("/").param("v-r", "heartbeat").param("v-uiId", "0").with(existing(this.personSession)));
		assertThat(this.personSession.isInvalid()).isTrue();
	}

	@Test
	void a_deleted_persons_session_ends_at_their_next_request() throws Exception {
		this.accounts.delete(this.person);
		uidl(this.personSession);
		assertThat(this.personSession.isInvalid()).isTrue();
	}

	@Test
	void a_changed_role_is_in_the_session_from_the_next_request_on() throws Exception {
		assertThat(roles(this.personSession)).contains("ROLE_AGENT_MANAGER");
		change(new UserUpdate(Role.VIEWER, true));
		uidl(this.personSession);
		assertThat(this.personSession.isInvalid()).isFalse();
		assertThat(roles(this.personSession)).contains("ROLE_VIEWER").doesNotContain("ROLE_AGENT_MANAGER");
		this.mvc.perform(get("/").with(existing(this.personSession))).andExpect(authenticated());
	}

	private void change(UserUpdate update) {
		this.accounts.as(this.org.adminEmail(), () -> this.users.update(this.accounts.idOf(this.person), update));
	}

	private MockHttpSession signedIn(String email) throws Exception {
		MockHttpSession session = new MockHttpSession();
		return (MockHttpSession) this.mvc.perform(signIn(email, PASSWORD, newAddress()).with(existing(session)))
			.andExpect(authenticated())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private void uidl(MockHttpSession session) throws Exception {
		this.mvc.perform(post("/").param("v-r", "uidl").param("v-uiId", "0").with(existing(session)));
	}

	private static java.util.List<String> roles(MockHttpSession session) {
		SecurityContext context = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

	private static RequestPostProcessor existing(MockHttpSession session) {
		return (request) -> {
			request.setSession(session);
			request.setRequestedSessionId(session.getId());
			return request;
		};
	}

}
