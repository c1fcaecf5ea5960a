package io.trunkline.api;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.trunkline.security.RateBuckets;

/**
 * Each API key's token bucket: {@code burst} requests at once, refilled by
 * {@code per-second}. With the shared protection state ({@code trunkline.sign-in.store=
 * database}, the postgres profile's default) the bucket is a row of PostgreSQL's
 * {@code rate_limit_bucket} that every instance takes from, so that N instances allow the
 * rate once, not N times (plus each instance's {@code local-tokens}, taken between two
 * syncs); otherwise it is in this instance's memory.
 */
class ApiKeyBuckets {

	/** The shared store's key of an API key's bucket. */
	static final String PREFIX = "api-key:";

	private final ApiProperties.RateLimit limit;

	private final RateBuckets shared;

	// each key's bucket in memory, or this instance's proxy of the shared one (what it
	// took since its last sync is in it)
	private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	/**
	 * @param shared the shared store, or {@code null} to keep the buckets in memory
	 */
	ApiKeyBuckets(ApiProperties.RateLimit limit, RateBuckets shared) {
		this.limit = limit;
		this.shared = shared;
	}

	Bucket of(long keyId) {
		if (this.shared != null) {
			if (this.limit.localTokens() == 0) {
				return this.shared.bucket(PREFIX + keyId, this::configuration);
			}
			return this.buckets.get(keyId, (id) -> this.shared.bucket(PREFIX + id, this::configuration,
					this.limit.localTokens(), this.limit.syncInterval()));
		}
		return this.buckets.get(keyId, (id) -> {
			LocalBucketBuilder builder = Bucket.builder();
			for (Bandwidth bandwidth : configuration().getBandwidths()) {
				builder.addLimit(bandwidth);
			}
			return builder.build();
		});
	}

	boolean isShared() {
		return this.shared != null;
	}

	ApiProperties.RateLimit limit() {
		return this.limit;
	}

	private BucketConfiguration configuration() {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limit.burst())
				.refillGreedy(this.limit.perSecond(), Duration.ofSeconds(1))
				.build())
			.build();
	}

}
