package io.trunkline.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code trunkline.api.*}: each key's rate limit (a bucket of {@code burst} requests,
 * refilled by {@code per-second}), each client address's limit of refused keys (a bucket
 * of {@code burst} refusals, refilled by {@code per-minute}), the largest request body,
 * the largest new import job (20 MiB: the import wizard's limit), and how long a request
 * with an {@code Idempotency-Key} holds the key while it runs: a retry after that takes
 * it over (the first one's instance died, say).
 */
@ConfigurationProperties("trunkline.api")
public record ApiProperties(@DefaultValue RateLimit rateLimit, @DefaultValue RefusedKeyLimit refusedKeyLimit,
		@DefaultValue("1048576") long maxBodyBytes, @DefaultValue("20971520") long importMaxBodyBytes,
		@DefaultValue("2m") Duration idempotencyLease) {

	public ApiProperties {
		if (!idempotencyLease.isPositive()) {
			throw new IllegalArgumentException("trunkline.api.idempotency-lease must be positive");
		}
	}

	/**
	 * With the shared protection state, an instance takes up to {@code localTokens} of a
	 * key's bucket between two syncs with the database, and syncs again at the latest
	 * after {@code syncInterval}: N instances let through at most N x {@code localTokens}
	 * more than the limit; 0 syncs every request.
	 */
	public record RateLimit(@DefaultValue("20") long perSecond, @DefaultValue("100") long burst,
			@DefaultValue("10") long localTokens, @DefaultValue("250ms") Duration syncInterval) {

		public RateLimit {
			if (localTokens < 0) {
				throw new IllegalArgumentException("trunkline.api.rate-limit.local-tokens must not be negative");
			}
			if (!syncInterval.isPositive()) {
				throw new IllegalArgumentException("trunkline.api.rate-limit.sync-interval must be positive");
			}
		}

	}

	public record RefusedKeyLimit(@DefaultValue("10") long perMinute, @DefaultValue("20") long burst) {

	}

}
