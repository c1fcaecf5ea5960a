package io.trunkline.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Holds a signed-in person's rights to their account as it is in the database now, not as
 * it was when they signed in: a primary-key read of role, operator flag and sign-in
 * permission. Runs at each of their HTTP requests (UIDL included) and before each guarded
 * service call, so a change an admin makes on any instance counts from the person's next
 * request. API keys and system jobs carry the rights their issuer gave them and are not
 * re-read here. Within an HTTP request whose account the request filter has read
 * ({@link #refreshForRequest()}), later checks take that answer: one read per request,
 * not one per service call (a grid round trip makes several). No transaction of its own:
 * the read is one statement (in the caller's transaction, if any), and an API key's or a
 * job's check reads nothing, so it costs no connection.
 */
@Component
public class AccountCheck {

	private final AppUserRepository users;

	private final SecurityContextHolderStrategy contexts;

	AccountCheck(AppUserRepository users, SecurityContextHolderStrategy contexts) {
		this.users = users;
		this.contexts = contexts;
	}

	/**
	 * Re-reads the account behind this thread's caller. A changed role or operator flag
	 * replaces the context's authentication, so that what follows (method security, view
	 * checks, {@link CurrentUser}) sees the new one.
	 * @return {@code false} when the account is gone or may no longer sign in: the caller
	 * must then be refused and their session ended
	 */
	public boolean refresh() {
		Caller.Person person = person();
		if (person == null) {
			return true;
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) instanceof Checked checked
				&& checked.userId() == person.userId()) {
			return checked.allowed();
		}
		return read(person);
	}

	/**
	 * {@link #refresh()} at the start of an HTTP request, in its filter: the answer holds
	 * for the rest of the request.
	 */
	public boolean refreshForRequest() {
		Caller.Person person = person();
		if (person == null) {
			return true;
		}
		boolean allowed = read(person);
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(CHECKED, new Checked(person.userId(), allowed), RequestAttributes.SCOPE_REQUEST);
		}
		return allowed;
	}

	private Caller.Person person() {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof Caller.Person person) ? person
				: null;
	}

	private boolean read(Caller.Person person) {
		Optional<AccountState> state = this.users.findStateById(person.userId());
		if (state.isEmpty() || !state.get().enabled()) {
			return false;
		}
		Caller.Person now = person.with(state.get());
		if (!now.equals(person)) {
			SecurityContext context = this.contexts.getContext();
			context.setAuthentication(replaced(context.getAuthentication(), now));
		}
		return true;
	}

	/**
	 * The same authentication for the refreshed person: their new role authorities, and
	 * the others (how they signed in) kept.
	 */
	static Authentication replaced(Authentication authentication, Caller.Person person) {
		List<GrantedAuthority> authorities = new ArrayList<>(person.roleAuthorities());
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (authority.getAuthority() == null || !authority.getAuthority().startsWith("ROLE_")) {
				authorities.add(authority);
			}
		}
		if (authentication instanceof UsernamePasswordAuthenticationToken) {
			UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(person, null,
					authorities);
			token.setDetails(authentication.getDetails());
			return token;
		}
		CallerAuthentication token = new CallerAuthentication(person, authorities);
		token.setDetails(authentication.getDetails());
		return token;
	}

	private static final String CHECKED = AccountCheck.class.getName() + ".checked";

	/** What the request's filter found for one person. */
	private record Checked(long userId, boolean allowed) {

	}

	/** The columns of an account that decide its rights. */
	record AccountState(String displayName, Role role, boolean enabled, boolean operator,
			boolean passwordChangeRequired) {

	}

}
