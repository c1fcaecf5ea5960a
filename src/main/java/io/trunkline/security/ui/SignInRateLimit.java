package io.trunkline.security.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
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
 * it the client's. The buckets live in this instance's memory, bounded in number; an
 * address unseen for as long as a full refill takes is forgotten, as it would have a full
 * bucket.
 */
final class SignInRateLimit extends OncePerRequestFilter {

	static final String TOO_MANY = "Too many sign-in attempts, try again in a minute.";

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final SignInProperties properties;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	SignInRateLimit(SignInProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new ClockTime(clock);
		Duration fullRefill = Duration.ofMinutes(1)
			.multipliedBy(properties.burst())
			.dividedBy(properties.refillPerMinute())
			.plusSeconds(1);
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.trackedAddresses())
			.expireAfterAccess(fullRefill)
			.ticker(this.time::currentTimeNanos)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Bucket bucket = this.buckets.get(request.getRemoteAddr(), (address) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
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

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.properties.burst())
				.refillGreedy(this.properties.refillPerMinute(), Duration.ofMinutes(1)))
			.withCustomTimePrecision(this.time)
			.build();
	}

	/** Bucket4j's time from a {@link Clock}, so that tests can move it. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return TimeUnit.MILLISECONDS.toNanos(this.clock.millis());
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
