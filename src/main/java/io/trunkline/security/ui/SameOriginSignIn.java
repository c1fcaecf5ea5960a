package io.trunkline.security.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * Refuses a sign-in posted from another site (login CSRF: signing a person into an
 * attacker's account). Vaadin's sign-in form sends no CSRF token (Vaadin exempts the
 * login URL from Spring's token check), so the browser's own word is taken: the
 * {@code Origin} header, or where it is missing the origin of the {@code Referer}, must
 * be this server's scheme, host and port as the request resolves them (behind a proxy,
 * from its forwarded headers when {@code server.forward-headers-strategy} says so). A
 * request with neither header is let through: every current browser sends {@code Origin}
 * on a cross-site POST, so such a request comes from a program, which could sign in
 * anyway (see docs/DECISIONS.md).
 */
final class SameOriginSignIn extends OncePerRequestFilter {

	static final String REFUSED = "Sign-in refused: the form was not sent from this site.";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (fromThisSite(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.getWriter().write(REFUSED);
	}

	static boolean fromThisSite(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			String referer = request.getHeader(HttpHeaders.REFERER);
			if (referer == null) {
				return true;
			}
			origin = originOf(referer);
		}
		ServletServerHttpRequest http = new ServletServerHttpRequest(request);
		http.getHeaders().setOrigin(origin);
		return WebUtils.isSameOrigin(http);
	}

	/**
	 * @return scheme, host and port of the URL, or {@code "null"} (no origin) when it has
	 * none
	 */
	private static String originOf(String url) {
		try {
			UriComponents components = UriComponentsBuilder.fromUriString(url).build();
			if (components.getScheme() == null || components.getHost() == null) {
				return "null";
			}
			return UriComponentsBuilder.newInstance()
				.scheme(components.getScheme())
				.host(components.getHost())
				.port(components.getPort())
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			return "null";
		}
	}

}
