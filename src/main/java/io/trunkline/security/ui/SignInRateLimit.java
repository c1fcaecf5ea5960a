package io.trunkline.security.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.trunkline.security.RateBuckets;
import io.trunkline.security.SignInProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket (Bucket4j) per client address on the sign-in endpoint: beyond the burst
 * the answer is 429 with a Retry-After, until the bucket has refilled. The address is the
 * request's remote address; behind a proxy, {@code server.forward-headers-strategy} makes
 * it the client's. The buckets are {@link RateBuckets}: in this instance's memory, or in
 * PostgreSQL where every instance takes from the same bucket.
 */
final class SignInRateLimit extends OncePerRequestFilter {

	static final String TOO_MANY = "Too many sign-in attempts, try again in a minute.";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	/** The longest address kept in a bucket's key. */
	private static final int ADDRESS_MAX_LENGTH = 100;

	private final BucketConfiguration configuration;

	private final RateBuckets buckets;

	SignInRateLimit(SignInProperties properties, RateBuckets buckets) {
		this.configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(properties.burst())
				.refillGreedy(properties.refillPerMinute(), Duration.ofMinutes(1)))
			.build();
		this.buckets = buckets;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		String key = "sign-in:"
				+ ((address.length() <= ADDRESS_MAX_LENGTH) ? address : address.substring(0, ADDRESS_MAX_LENGTH));
		ConsumptionProbe probe = this.buckets.bucket(key, () -> this.configuration).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.getWriter().write(TOO_MANY);
	}

}
