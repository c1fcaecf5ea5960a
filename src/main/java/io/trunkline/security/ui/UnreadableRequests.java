package io.trunkline.security.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters the container cannot read (a multipart body over
 * {@code spring.servlet.multipart.max-request-size}, too many parameters) fails in the
 * first filter that asks for a parameter: Vaadin's own request matchers do, before the
 * servlet that handles uploads. Left alone, the container logs the exception with its
 * stack trace (and again for its error page), so anyone could fill the log. Here the
 * request gets the status the container chose, a short text and one WARN line.
 */
final class UnreadableRequests extends OncePerRequestFilter {

	static final String REFUSED = "The request could not be read (too large, or too many parameters).";

	private static final Logger log = LoggerFactory.getLogger(UnreadableRequests.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (InvalidParameterException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			int status = (ex.getErrorCode() > 0) ? ex.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
			log.warn("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status, cause(ex));
			response.reset();
			response.setStatus(status);
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			response.getWriter().write(REFUSED);
		}
	}

	private static String cause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
