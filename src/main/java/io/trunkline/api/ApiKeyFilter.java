package io.trunkline.api;

import java.io.IOException;
import java.util.Optional;

import io.trunkline.apikey.ApiKeyAuthenticator;
import io.trunkline.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by the key in {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}. A request without one goes on unauthenticated (and is refused
 * by the chain); one with a refused key is answered 401 here. The key is held only as
 * long as the check takes.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "X-API-Key";

	private static final String BEARER = "Bearer ";

	private final ApiKeyAuthenticator authenticator;

	private final SecurityContextHolderStrategy contexts;

	private final ApiJson json;

	ApiKeyFilter(ApiKeyAuthenticator authenticator, SecurityContextHolderStrategy contexts, ApiJson json) {
		this.authenticator = authenticator;
		this.contexts = contexts;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presentedKey(request);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Caller.ApiKey> key = this.authenticator.authenticate(presented, request.getRemoteAddr(),
				request.getMethod() + " " + request.getRequestURI());
		if (key.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			this.json.write(request, response, Problems.unauthorized());
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(key.get(), null, key.get().roleAuthorities()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

	private static String presentedKey(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return authorization.substring(BEARER.length()).strip();
		}
		String header = request.getHeader(API_KEY_HEADER);
		return (header != null && !header.isBlank()) ? header.strip() : null;
	}

}
