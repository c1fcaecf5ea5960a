package io.trunkline.security.ui;

import java.io.InputStream;

import io.trunkline.TrunklineTest;
import io.trunkline.security.SignInRequests;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static io.trunkline.security.SignInRequests.newAddress;
import static io.trunkline.security.SignInRequests.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where a sign-in lands: on the page that was asked for, with no marker in the address.
 */
@TrunklineTest
class SignInLandingTest {

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
	void signing_in_after_asking_for_the_start_page_lands_on_it_without_continue() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML).session(session)).andExpect(status().is3xxRedirection());

		String landing = this.mvc.perform(signIn(this.email, PASSWORD, newAddress()).session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(landing).doesNotContain("continue").matches("(http://localhost)?/");
	}

	@Test
	void signing_in_after_asking_for_a_view_lands_on_that_view() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/numbers").accept(MediaType.TEXT_HTML).session(session))
			.andExpect(status().is3xxRedirection());

		String landing = this.mvc.perform(signIn(this.email, PASSWORD, newAddress()).session(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		assertThat(landing).matches("(http://localhost)?/numbers");
	}

	@Test
	void the_favicon_is_an_icon_anyone_may_fetch() throws Exception {
		for (String path : new String[] { "/favicon.ico", "/favicon.svg" }) {
			this.mvc.perform(get(path)).andExpect(status().isOk());
		}
		try (InputStream icon = new ClassPathResource("META-INF/resources/favicon.ico").getInputStream()) {
			assertThat(icon.readNBytes(4)).containsExactly(0, 0, 1, 0);
		}
	}

}
