package io.trunkline.security;

import io.trunkline.base.ControlCharacters;
import io.trunkline.base.NoCallerCheck;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a person by email for sign-in. Unknown emails and wrong passwords end in the same
 * generic error: Spring's provider hides the difference, and the login view shows one
 * message.
 */
@Service
@Transactional(readOnly = true)
class TrunklineUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	TrunklineUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@NoCallerCheck("Spring Security calls it to sign a person in, before anyone is authenticated")
	public UserDetails loadUserByUsername(String username) {
		if (ControlCharacters.firstRefused(username, false) >= 0) {
			// No stored email has one, and PostgreSQL refuses NUL in a query parameter.
			throw new UsernameNotFoundException("Unknown user");
		}
		return this.users.findByEmail(Emails.normalize(username))
			.map(TrunklineUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}

}
