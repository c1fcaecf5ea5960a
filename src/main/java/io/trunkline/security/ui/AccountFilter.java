package io.trunkline.security.ui;

import java.io.IOException;

import io.trunkline.security.AccountCheck;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in person's account at each request, Vaadin's UIDL and heartbeat
 * requests included ({@link AccountCheck}): a changed role counts from this request on,
 * and the session of a disabled or deleted account ends here. Vaadin then finds its
 * session gone, the page reloads, and the person lands on the sign-in view.
 */
final class AccountFilter extends OncePerRequestFilter {

	private final AccountCheck accounts;

	private final SecurityContextHolderStrategy contexts;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	AccountFilter(AccountCheck accounts, SecurityContextHolderStrategy contexts) {
		this.accounts = accounts;
		this.contexts = contexts;
		this.logout.setSecurityContextHolderStrategy(contexts);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.accounts.refreshForRequest()) {
			this.logout.logout(request, response, this.contexts.getContext().getAuthentication());
		}
		chain.doFilter(request, response);
	}

}
