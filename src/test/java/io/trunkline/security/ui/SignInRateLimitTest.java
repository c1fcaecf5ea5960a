package io.trunkline.security.ui;

import java.time.Duration;

import io.trunkline.TestClock;
import io.trunkline.TrunklineTest;
import io.trunkline.security.SignInRequests;
import io.trunkline.security.SignInProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static io.trunkline.security.SignInRequests.newAddress;
import static io.trunkline.security.SignInRequests.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The token bucket per client address on the sign-in endpoint.
 */
@TrunklineTest
class SignInRateLimitTest {

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private SignInProperties properties;

	@Autowired
	private TestClock clock;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = SignInRequests.mockMvc(this.context);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void beyond_the_burst_an_address_gets_429_and_other_addresses_do_not() throws Exception {
		String attacker = newAddress();
		useTheBurst(attacker);

		String retryAfter = this.mvc.perform(signIn("someone@example.test", "guess", attacker))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string("Too many sign-in attempts, try again in a minute."))
			.andExpect(content().contentTypeCompatibleWith("text/plain"))
			.andReturn()
			.getResponse()
			.getHeader("Retry-After");
		assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);

		this.mvc.perform(signIn("someone@example.test", "guess", newAddress()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void the_bucket_refills_over_time() throws Exception {
		String address = newAddress();
		useTheBurst(address);
		this.mvc.perform(signIn("someone@example.test", "guess", address)).andExpect(status().isTooManyRequests());

		this.clock.advance(Duration.ofMinutes(1));
		for (int i = 0; i < this.properties.refillPerMinute(); i++) {
			this.mvc.perform(signIn("someone@example.test", "guess", address)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(signIn("someone@example.test", "guess", address)).andExpect(status().isTooManyRequests());
	}

	@Test
	void other_requests_of_a_limited_address_are_not_limited() throws Exception {
		String address = newAddress();
		useTheBurst(address);
		this.mvc.perform(signIn("someone@example.test", "guess", address)).andExpect(status().isTooManyRequests());
		this.mvc.perform(get("/login").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		})).andExpect(forwardedUrl("springServlet"));
	}

	private void useTheBurst(String address) throws Exception {
		for (int i = 0; i < this.properties.burst(); i++) {
			this.mvc.perform(signIn("person-" + i + "@example.test", "guess", address))
				.andExpect(redirectedUrl("/login?error"));
		}
	}

}
