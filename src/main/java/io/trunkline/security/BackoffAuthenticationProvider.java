package io.trunkline.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in by email and password behind the per-email backoff: a delayed email is refused
 * with the same exception as a wrong password, before the password is looked at. Failures
 * of the person's making count, failures of the server (a database outage) do not.
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
		if (this.backoff.isDelayed(email)) {
			throw new BadCredentialsException("Bad credentials");
		}
		try {
			Authentication result = this.passwords.authenticate(attempt);
			this.backoff.succeeded(email);
			return result;
		}
		catch (InternalAuthenticationServiceException ex) {
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.backoff.failed(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
