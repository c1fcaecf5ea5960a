package io.trunkline.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.trunkline.TestClock;
import io.trunkline.TrunklineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

import static io.trunkline.security.SignInRequests.newAddress;
import static io.trunkline.security.SignInRequests.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The backoff through the sign-in form's endpoint: a person who mistypes five times
 * waits, someone guessing from elsewhere does not lock them out, and the answers never
 * tell whether the email has an account.
 */
@TrunklineTest
class SignInBackoffWebTest {

	private static final String PASSWORD = "the-right-password";

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TestClock clock;

	private MockMvc mvc;

	private final String address = newAddress();

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
	void after_five_failures_even_the_right_password_is_refused_until_the_delay_has_passed() throws Exception {
		failFiveTimes(this.email);

		refused(this.email, PASSWORD);
		this.clock.advance(Duration.ofSeconds(29));
		refused(this.email, PASSWORD);

		this.clock.advance(Duration.ofSeconds(2));
		this.mvc.perform(signIn(this.email, PASSWORD, this.address)).andExpect(authenticated());
	}

	@Test
	void a_success_resets_the_count() throws Exception {
		for (int i = 0; i < 4; i++) {
			refused(this.email, "wrong-" + i);
		}
		this.mvc.perform(signIn(this.email, PASSWORD, this.address)).andExpect(authenticated());
		for (int i = 0; i < 4; i++) {
			refused(this.email, "wrong-again-" + i);
		}
		this.mvc.perform(signIn(this.email, PASSWORD, this.address)).andExpect(authenticated());
	}

	@Test
	void unknown_email_gets_the_same_answers_as_a_known_one() throws Exception {
		String unknown = "nobody-" + this.email;
		assertThat(answers(unknown)).isEqualTo(answers(this.email));
	}

	@Test
	void the_delay_is_per_email() throws Exception {
		failFiveTimes(this.email);
		String other = this.accounts.newOrganization().adminEmail();
		this.accounts.setPassword(other, PASSWORD);
		this.accounts.signOut();
		this.mvc.perform(signIn(other, PASSWORD, this.address)).andExpect(authenticated());
	}

	@Test
	void failures_from_another_address_do_not_lock_out_the_person() throws Exception {
		String attacker = newAddress();
		for (int i = 0; i < 8; i++) {
			this.mvc.perform(signIn(this.email, "guess-" + i, attacker)).andExpect(unauthenticated());
		}
		this.mvc.perform(signIn(this.email, PASSWORD, attacker)).andExpect(unauthenticated());

		this.mvc.perform(signIn(this.email, PASSWORD, this.address)).andExpect(authenticated());
	}

	@Test
	void fifty_failures_spread_over_addresses_refuse_the_email_everywhere_for_the_hour() throws Exception {
		for (int attacker = 0; attacker < 10; attacker++) {
			String from = newAddress();
			for (int i = 0; i < 5; i++) {
				this.mvc.perform(signIn(this.email, "guess-" + i, from)).andExpect(unauthenticated());
			}
		}
		refused(this.email, PASSWORD);

		this.clock.advance(Duration.ofMinutes(61));
		this.mvc.perform(signIn(this.email, PASSWORD, this.address)).andExpect(authenticated());
	}

	/**
	 * Five wrong passwords, then the right one (for the known email): status, redirect
	 * and whether a session cookie came back, for each attempt.
	 */
	private List<String> answers(String email) throws Exception {
		List<String> answers = new ArrayList<>();
		String from = newAddress();
		for (int i = 0; i < 6; i++) {
			String password = (i < 5) ? "wrong-" + i : PASSWORD;
			MvcResult result = this.mvc.perform(signIn(email, password, from)).andReturn();
			answers.add(result.getResponse().getStatus() + " " + result.getResponse().getRedirectedUrl() + " "
					+ result.getResponse().getCookies().length);
		}
		assertThat(answers).containsOnly("302 /login?error 0");
		return answers;
	}

	private void failFiveTimes(String email) throws Exception {
		for (int i = 0; i < 5; i++) {
			refused(email, "wrong-" + i);
		}
	}

	private void refused(String email, String password) throws Exception {
		this.mvc.perform(signIn(email, password, this.address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

}
