package io.trunkline.security.ui;

import io.trunkline.TrunklineTest;
import io.trunkline.security.SignInRequests;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

import static io.trunkline.security.SignInRequests.newAddress;
import static io.trunkline.security.SignInRequests.signIn;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login CSRF: a sign-in form another site posts is refused, even with the right password;
 * the console's own form (MockMvc's server is {@code http://localhost}) signs in.
 */
@TrunklineTest
class SameOriginSignInTest {

	private static final String PASSWORD = "the-right-password";

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private TestAccounts accounts;

	private MockMvc mvc;

	private String email;

	@BeforeEach
	void setUp() {
		this.mvc = SignInRequests.mockMvc(this.context);
		this.email = this.accounts.newOrganization().adminEmail();
		this.accounts.setPassword(this.email, PASSWORD);
		this.accounts.signOut();
	}

	@Test
	void a_sign_in_posted_from_another_site_is_refused() throws Exception {
		refused(attempt("Origin", "https://attacker.example"));
		refused(attempt("Origin", "http://localhost:8081"));
		refused(attempt("Origin", "https://localhost"));
		refused(attempt("Origin", "http://localhost.attacker.example"));
	}

	@Test
	void an_opaque_origin_is_refused() throws Exception {
		refused(attempt("Origin", "null"));
	}

	@Test
	void without_origin_the_referer_decides() throws Exception {
		refused(attempt("Referer", "https://attacker.example/login"));
		refused(attempt("Referer", "not a url"));
		attempt("Referer", "http://localhost/login").andExpect(authenticated());
	}

	@Test
	void the_consoles_own_form_signs_in() throws Exception {
		attempt("Origin", "http://localhost").andExpect(authenticated());
		attempt("Origin", "http://localhost:80").andExpect(authenticated());
	}

	@Test
	void a_request_with_neither_header_is_not_a_browsers_and_is_let_through() throws Exception {
		this.mvc.perform(signIn(this.email, PASSWORD, newAddress())).andExpect(authenticated());
	}

	private ResultActions attempt(String header, String value) throws Exception {
		return this.mvc.perform(signIn(this.email, PASSWORD, newAddress()).header(header, value));
	}

	private static void refused(ResultActions answer) throws Exception {
		answer.andExpect(status().isForbidden())
			.andExpect(content().string(SameOriginSignIn.REFUSED))
			.andExpect(unauthenticated());
	}

}
