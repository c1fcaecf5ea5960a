package io.trunkline.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring's email-and-password check, whose successful sign-in holds the
 * {@link Caller.Person} as its principal instead of the account with its password hash.
 * The authorities Spring grants (the roles, and the factor that a password was given) are
 * kept.
 */
final class PasswordSignIn extends DaoAuthenticationProvider {

	PasswordSignIn(TrunklineUserDetailsService users) {
		super(users);
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		Authentication checked = super.createSuccessAuthentication(principal, authentication, user);
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken
			.authenticated(((TrunklineUser) user).person(), null, checked.getAuthorities());
		result.setDetails(checked.getDetails());
		return result;
	}

}
