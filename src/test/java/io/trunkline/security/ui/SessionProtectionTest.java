package io.trunkline.security.ui;

import java.time.Duration;

import io.trunkline.TestClock;
import io.trunkline.TrunklineTest;
import io.trunkline.security.SignInRequests;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import static io.trunkline.security.SignInRequests.newAddress;
import static io.trunkline.security.SignInRequests.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions around sign-in: a new id when signing in, gone when signing out or idle.
 */
@TrunklineTest
class SessionProtectionTest {

	private static final String PASSWORD = "the-right-password";

	private static final int THIRTY_MINUTES = 30 * 60;

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestClock clock;

	private MockMvc mvc;

	private String email;

	@BeforeEach
	void setUp() {
		this.mvc = SignInRequests.mockMvc(this.context);
		this.email = this.accounts.newOrganization().adminEmail();
		this.accounts.setPassword(this.email, PASSWORD);
		this.accounts.signOut();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signing_in_gives_the_session_a_new_id() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		MvcResult result = this.mvc.perform(signIn(this.email, PASSWORD, newAddress()).with(existing(session)))
			.andExpect(authenticated())
			.andReturn();

		HttpSession after = result.getRequest().getSession(false);
		assertThat(after.getId()).isNotEqualTo(before);
		assertThat(after.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
	}

	@Test
	void signing_out_invalidates_the_session() throws Exception {
		MockHttpSession session = signedIn();
		this.mvc.perform(post("/logout").with(csrf()).with(existing(session)));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void thirty_idle_minutes_end_the_session_though_heartbeats_came() throws Exception {
		MockHttpSession session = signedIn();
		for (int minutes = 5; minutes < 30; minutes += 5) {
			this.clock.advance(Duration.ofMinutes(5));
			heartbeat(session);
			assertThat(session.isInvalid()).as("after %d minutes", minutes).isFalse();
		}
		this.clock.advance(Duration.ofMinutes(5));
		heartbeat(session);
		assertThat(session.isInvalid()).isTrue();
		this.mvc.perform(get("/").with(existing(session))).andExpect(unauthenticated());
	}

	@Test
	void a_click_within_thirty_minutes_keeps_the_session() throws Exception {
		MockHttpSession session = signedIn();
		this.clock.advance(Duration.ofMinutes(29));
		this.mvc.perform(post("/?v-r=uidl&v-uiId=0").with(existing(session)));
		this.clock.advance(Duration.ofMinutes(29));
		heartbeat(session);
		assertThat(session.isInvalid()).isFalse();
		this.mvc.perform(get("/").with(existing(session))).andExpect(authenticated());
	}

	private MockHttpSession signedIn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		// What server.servlet.session.timeout gives a real session.
		session.setMaxInactiveInterval(THIRTY_MINUTES);
		this.mvc.perform(signIn(this.email, PASSWORD, newAddress()).with(existing(session))).andExpect(authenticated());
		return session;
	}

	/**
	 * The session as a browser names it: by the id in its cookie.
	 */
	private static RequestPostProcessor existing(MockHttpSession session) {
		return (request) -> {
			request.setSession(session);
			request.setRequestedSessionId(session.getId());
			return request;
		};
	}

	/**
	 * A request as Vaadin's client sends its heartbeat: the request type in the query
	 * string.
	 */
	private void heartbeat(MockHttpSession session) throws Exception {
		this.mvc.perform(post("/?v-r=heartbeat&v-uiId=0").with(existing(session)));
	}

}
