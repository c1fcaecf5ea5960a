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

	public record RateLimit(@DefaultValue("20") long perSecond, @DefaultValue("100") long burst) {

	}

	public record RefusedKeyLimit(@DefaultValue("10") long perMinute, @DefaultValue("20") long burst) {

	}

}
