package io.trunkline.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code trunkline.api.*}: each key's rate limit (a bucket of {@code burst} requests,
 * refilled by {@code per-second}), each client address's limit of refused keys (a bucket
 * of {@code burst} refusals, refilled by {@code per-minute}), the largest request body,
 * and the largest new import job (20 MiB: the import wizard's limit).
 */
@ConfigurationProperties("trunkline.api")
public record ApiProperties(@DefaultValue RateLimit rateLimit, @DefaultValue RefusedKeyLimit refusedKeyLimit,
		@DefaultValue("1048576") long maxBodyBytes, @DefaultValue("20971520") long importMaxBodyBytes) {

	public record RateLimit(@DefaultValue("20") long perSecond, @DefaultValue("100") long burst) {

	}

	public record RefusedKeyLimit(@DefaultValue("10") long perMinute, @DefaultValue("20") long burst) {

	}

}
