package io.trunkline.api;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

import io.trunkline.apikey.ApiKeyAuthenticator;
import io.trunkline.audit.ApiKeyRefused;
import io.trunkline.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by the key in {@code Authorization: Bearer <key>} or
 * {@code X-API-Key: <key>}. A request without one goes on unauthenticated (and is refused
 * by the chain); one with a refused key is answered 401 here, and counted against the
 * client's address ({@link RefusedKeyLimit}: once it has used up its refusals, 429
 * without looking at the key). The key is held only as long as the check takes.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "X-API-Key";

	private static final String BEARER = "Bearer ";

	private final ApiKeyAuthenticator authenticator;

	private final SecurityContextHolderStrategy contexts;

	private final ApiJson json;

	private final RefusedKeyLimit refusals;

	private final ApplicationEventPublisher events;

	ApiKeyFilter(ApiKeyAuthenticator authenticator, SecurityContextHolderStrategy contexts, ApiJson json,
			RefusedKeyLimit refusals, ApplicationEventPublisher events) {
		this.authenticator = authenticator;
		this.contexts = contexts;
		this.json = json;
		this.refusals = refusals;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presentedKey(request);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		String target = request.getMethod() + " " + request.getRequestURI();
		OptionalLong blocked = this.refusals.blockedFor(address);
		if (blocked.isPresent()) {
			tooManyRefusals(request, response, address, target, blocked.getAsLong());
			return;
		}
		Optional<Caller.ApiKey> key = this.authenticator.authenticate(presented, address, target);
		if (key.isEmpty()) {
			this.refusals.refused(address);
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

	private void tooManyRefusals(HttpServletRequest request, HttpServletResponse response, String address,
			String target, long retry) throws IOException {
		if (this.refusals.firstBlocked(address)) {
			this.events
				.publishEvent(new ApiKeyRefused(null, null, null, "too many refused keys from " + address, target));
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retry));
		this.json.write(request, response,
				Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too_many_refused_keys",
						"Too many refused API keys came from this address. Retry after " + retry
								+ (retry == 1 ? " second." : " seconds.")));
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
