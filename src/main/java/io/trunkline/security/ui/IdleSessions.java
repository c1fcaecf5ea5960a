package io.trunkline.security.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Ends a session that has been idle for its timeout
 * ({@code server.servlet.session.timeout}). The servlet container alone would never do so
 * while a tab is open: Vaadin's heartbeat requests keep the session alive. Here
 * heartbeats do not count as activity, so a person who leaves the console open is signed
 * out by the first request after the timeout, and the page goes back to the sign-in view.
 */
final class IdleSessions extends OncePerRequestFilter {

	static final String LAST_ACTIVITY = IdleSessions.class.getName() + ".lastActivity";

	private static final String HEARTBEAT = "heartbeat";

	private final Clock clock;

	IdleSessions(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			long now = this.clock.millis();
			if (idleTooLong(session, now)) {
				session.invalidate();
			}
			else if (!isHeartbeat(request)) {
				session.setAttribute(LAST_ACTIVITY, now);
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Vaadin's client names the request type in the query string. Only the query string
	 * is read: {@code getParameter} would make the container parse a form or multipart
	 * body (an upload) here, before the servlet that handles it, and fail on one over the
	 * container's size limit.
	 */
	static boolean isHeartbeat(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return false;
		}
		String type = UriComponentsBuilder.newInstance()
			.query(query)
			.build()
			.getQueryParams()
			.getFirst(ApplicationConstants.REQUEST_TYPE_PARAMETER);
		return type != null && HEARTBEAT.equals(UriUtils.decode(type, StandardCharsets.UTF_8));
	}

	private static boolean idleTooLong(HttpSession session, long now) {
		long timeout = session.getMaxInactiveInterval() * 1000L;
		return session.getAttribute(LAST_ACTIVITY) instanceof Long last && timeout > 0 && now - last >= timeout;
	}

}
