package io.trunkline.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in by email and password behind the backoff (per email and client address, plus a
 * cap per email): a delayed attempt is refused with the same exception as a wrong
 * password, before the password is looked at. Failures of the person's making count,
 * failures of the server (a database outage) do not.
 */
final class BackoffAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInBackoff backoff;

	BackoffAuthenticationProvider(AuthenticationProvider passwords, SignInBackoff backoff) {
		this.passwords = passwords;
		this.backoff = backoff;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String email = attempt.getName();
		String address = addressOf(attempt);
		if (this.backoff.isDelayed(email, address)) {
			throw new BadCredentialsException("Bad credentials");
		}
		try {
			Authentication result = this.passwords.authenticate(attempt);
			this.backoff.succeeded(email, address);
			return result;
		}
		catch (InternalAuthenticationServiceException ex) {
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.backoff.failed(email, address);
			throw ex;
		}
	}

	/**
	 * The client address the sign-in form came from (behind a proxy, as
	 * {@code server.forward-headers-strategy} resolves it); none for a sign-in that came
	 * by no request.
	 */
	private static String addressOf(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null)
				? details.getRemoteAddress() : "none";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
