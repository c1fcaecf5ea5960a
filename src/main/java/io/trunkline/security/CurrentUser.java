package io.trunkline.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The only source of the current person and their organization. Services scope every
 * query with {@link #organizationId()}; no route parameter or form field ever chooses the
 * organization. It reads the same security context as method security (Vaadin's
 * session-aware strategy).
 */
@Component
public class CurrentUser {

	private final SecurityContextHolderStrategy contexts;

	private volatile boolean started;

	CurrentUser(SecurityContextHolderStrategy contexts) {
		this.contexts = contexts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		this.started = true;
	}

	/**
	 * @return the signed-in person, if there is one
	 */
	public Optional<TrunklineUser> get() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TrunklineUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * @return the signed-in person
	 * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
	 */
	public TrunklineUser require() {
		return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

	/**
	 * @return the id of the signed-in person's organization
	 */
	public long organizationId() {
		return require().organizationId();
	}

	/**
	 * Runs a start-up task (such as creating the first organization) with the operator
	 * role, on this thread only, then restores whatever context was there. Refused once
	 * the application has started: no request or job can borrow the operator role.
	 * @throws IllegalStateException after start-up
	 */
	public <T> T callAsSystemOperator(Supplier<T> task) {
		if (this.started) {
			throw new IllegalStateException("Only start-up tasks run as the system operator");
		}
		SecurityContext previous = this.contexts.getContext();
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
				List.of(new SimpleGrantedAuthority("ROLE_" + Roles.OPERATOR))));
		this.contexts.setContext(context);
		try {
			return task.get();
		}
		finally {
			this.contexts.setContext(previous);
		}
	}

	/**
	 * Replaces the signed-in person's principal after their own account changed.
	 */
	void replace(TrunklineUser refreshed) {
		refreshed.eraseCredentials();
		this.contexts.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
	}

}
