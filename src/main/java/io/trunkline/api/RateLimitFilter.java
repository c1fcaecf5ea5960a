package io.trunkline.api;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import io.trunkline.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each API key's own token bucket ({@link ApiKeyBuckets}: shared by every instance when
 * the protection state is in the database): {@code burst} requests at once, refilled by
 * {@code per-second}. Every answer says how many are left ({@code RateLimit-*}); one over
 * the limit is 429 with {@code Retry-After}.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final ApiProperties.RateLimit limit;

	private final SecurityContextHolderStrategy contexts;

	private final ApiJson json;

	private final ApiKeyBuckets buckets;

	RateLimitFilter(ApiKeyBuckets buckets, SecurityContextHolderStrategy contexts, ApiJson json) {
		this.buckets = buckets;
		this.limit = buckets.limit();
		this.contexts = contexts;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Caller.ApiKey key)) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = this.buckets.of(key.id()).tryConsumeAndReturnRemaining(1);
		long resetSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset() + 999_999_999));
		response.setHeader("RateLimit-Limit", Long.toString(this.limit.burst()));
		response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		response.setHeader("RateLimit-Reset", Long.toString(resetSeconds));
		response.setHeader("RateLimit-Policy", this.limit.burst() + ";w=" + windowSeconds());
		if (!probe.isConsumed()) {
			long retry = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retry));
			this.json.write(request, response,
					Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
							"This API key sent more than " + this.limit.perSecond() + " requests a second. Retry after "
									+ retry + (retry == 1 ? " second." : " seconds.")));
			return;
		}
		chain.doFilter(request, response);
	}

	private long windowSeconds() {
		return Math.max(1, this.limit.burst() / Math.max(1, this.limit.perSecond()));
	}

}
