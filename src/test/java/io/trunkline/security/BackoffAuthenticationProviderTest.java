package io.trunkline.security;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class BackoffAuthenticationProviderTest {

	private final Passwords passwords = new Passwords();

	private final AuthenticationProvider provider = new BackoffAuthenticationProvider(this.passwords,
			new MemorySignInBackoff(SignInBackoffTest.properties(100), new TestClock()));

	@Test
	void unknown_email_is_delayed_exactly_like_a_known_one() {
		List<String> known = attempts("known@example.test");
		int checksOfKnown = this.passwords.checks;
		List<String> unknown = attempts("unknown@example.test");

		assertThat(unknown).isEqualTo(known);
		assertThat(this.passwords.checks - checksOfKnown).isEqualTo(checksOfKnown).isEqualTo(5);
		assertThat(known).last().isEqualTo("BadCredentialsException: Bad credentials");
	}

	@Test
	void a_failing_server_is_not_counted_against_the_email() {
		for (int i = 0; i < 10; i++) {
			assertThatThrownBy(() -> this.provider.authenticate(token("outage@example.test", "right-password")))
				.isInstanceOf(InternalAuthenticationServiceException.class);
		}
		this.passwords.outage = false;
		this.passwords.known = "outage@example.test";
		assertThat(this.provider.authenticate(token("outage@example.test", "right-password")).isAuthenticated())
			.isTrue();
	}

	/**
	 * Five wrong passwords, then the right one for the known email.
	 */
	private List<String> attempts(String email) {
		List<String> outcomes = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			outcomes.add(outcome(token(email, "wrong-password-" + i)));
		}
		outcomes.add(outcome(token(email, "right-password")));
		return outcomes;
	}

	private String outcome(Authentication attempt) {
		Throwable thrown = catchThrowable(() -> this.provider.authenticate(attempt));
		return (thrown != null) ? thrown.getClass().getSimpleName() + ": " + thrown.getMessage() : "signed in";
	}

	private static Authentication token(String email, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
	}

	/** Knows one email and its password, like the real check; counts the checks. */
	private static final class Passwords implements AuthenticationProvider {

		String known = "known@example.test";

		boolean outage = true;

		int checks;

		@Override
		public Authentication authenticate(Authentication attempt) {
			if (this.outage && attempt.getName().startsWith("outage")) {
				throw new InternalAuthenticationServiceException("database down");
			}
			this.checks++;
			if (this.known.equals(attempt.getName()) && "right-password".equals(attempt.getCredentials())) {
				return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
			}
			throw new BadCredentialsException("Bad credentials");
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	}

}
