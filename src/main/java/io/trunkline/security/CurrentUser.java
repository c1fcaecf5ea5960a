package io.trunkline.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The only source of the current caller and their organization. Services scope every
 * query with {@link #organizationId()}; no route parameter or form field ever chooses the
 * organization. It reads the same security context as method security (Vaadin's
 * session-aware strategy).
 */
@Component
public class CurrentUser {

	private final SecurityContextHolderStrategy contexts;

	private final AppUserRepository users;

	CurrentUser(SecurityContextHolderStrategy contexts, AppUserRepository users) {
		this.contexts = contexts;
		this.users = users;
	}

	/**
	 * @return the caller, whichever way they came in, if there is one
	 */
	public Optional<Caller> caller() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
			return Optional.of(caller);
		}
		return Optional.empty();
	}

	/**
	 * @return the API key calling, if an API key authenticated this request (see the
	 * {@code api} package); then there is no {@link #get() person}
	 */
	public Optional<Caller.ApiKey> apiKey() {
		return caller().filter(Caller.ApiKey.class::isInstance).map(Caller.ApiKey.class::cast);
	}

	/**
	 * @return the caller
	 * @throws AuthenticationCredentialsNotFoundException when there is none
	 */
	public Caller requireCaller() {
		return caller().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

	/**
	 * @return the signed-in person, if the caller is one
	 */
	public Optional<Caller.Person> get() {
		return caller().filter(Caller.Person.class::isInstance).map(Caller.Person.class::cast);
	}

	/**
	 * @return the signed-in person
	 * @throws AuthenticationCredentialsNotFoundException when the caller is no person
	 */
	public Caller.Person require() {
		return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

	/**
	 * @return the id of the caller's organization
	 * @throws AuthenticationCredentialsNotFoundException when the caller acts in none
	 */
	public long organizationId() {
		Long organizationId = requireCaller().organizationId();
		if (organizationId == null) {
			throw new AuthenticationCredentialsNotFoundException("The caller acts in no organization");
		}
		return organizationId;
	}

	/**
	 * Runs a job's work as the job, on this thread only, then restores the empty context.
	 * For job threads, which build the caller from the job's stored record: a thread that
	 * has a caller already (a request, another job) is refused, so that no caller can
	 * swap itself for another; nor can a job be an operator.
	 * @throws IllegalStateException when this thread has a caller
	 */
	public <T> T runAs(Caller.SystemJob job, Supplier<T> task) {
		if (job.operator()) {
			throw new IllegalArgumentException("A job cannot act as an operator");
		}
		return callAs(job, task);
	}

	/**
	 * Runs the first start's work (creating the first organization and its admin) as the
	 * platform operator. Only while no account exists at all, and only on a thread
	 * without a caller: once anybody can sign in, nothing can use it.
	 * @throws IllegalStateException when an account exists or this thread has a caller
	 */
	public <T> T callOnFirstStart(Supplier<T> task) {
		if (this.users.count() > 0) {
			throw new IllegalStateException("Not a first start: accounts exist");
		}
		return callAs(Caller.SystemJob.firstStart(), task);
	}

	private <T> T callAs(Caller caller, Supplier<T> task) {
		SecurityContext previous = this.contexts.getContext();
		if (previous.getAuthentication() != null) {
			throw new IllegalStateException("This thread acts for a caller already");
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(caller));
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
	void replace(Caller.Person refreshed) {
		Authentication current = this.contexts.getContext().getAuthentication();
		this.contexts.getContext()
			.setAuthentication((current != null) ? AccountCheck.replaced(current, refreshed)
					: UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.roleAuthorities()));
	}

}
