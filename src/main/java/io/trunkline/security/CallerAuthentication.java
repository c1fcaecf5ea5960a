package io.trunkline.security;

import java.util.Collection;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An authenticated caller that did not sign in with a password (an API key, a system
 * job): the caller is the principal, there are no credentials. A password sign-in gives
 * Spring's own {@code UsernamePasswordAuthenticationToken} with a {@link Caller.Person}
 * as its principal.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

	private final Caller caller;

	/** An authentication with the caller's role authorities. */
	public CallerAuthentication(Caller caller) {
		this(caller, caller.roleAuthorities());
	}

	CallerAuthentication(Caller caller, Collection<? extends GrantedAuthority> authorities) {
		super(authorities);
		this.caller = caller;
		setAuthenticated(true);
	}

	@Override
	public Caller getPrincipal() {
		return this.caller;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.caller.getName();
	}

}
