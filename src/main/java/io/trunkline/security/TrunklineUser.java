package io.trunkline.security;

import java.util.Collection;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account as a password sign-in checks it: the person, whether they may sign in, and
 * their password hash. Only the sign-in uses it; once it succeeds, the session holds the
 * {@link #person()} alone (see {@link PasswordSignIn}).
 */
public final class TrunklineUser implements UserDetails, CredentialsContainer {

	private final Caller.Person person;

	private final boolean enabled;

	private String passwordHash;

	TrunklineUser(AppUser user) {
		this.person = Caller.Person.of(user);
		this.enabled = user.isEnabled();
		this.passwordHash = user.getPasswordHash();
	}

	/** The person whose account this is, without the password. */
	public Caller.Person person() {
		return this.person;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.person.roleAuthorities();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.person.email();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TrunklineUser that && that.person.userId() == this.person.userId();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.person.userId());
	}

	@Override
	public String toString() {
		return "TrunklineUser#" + this.person.userId();
	}

}
