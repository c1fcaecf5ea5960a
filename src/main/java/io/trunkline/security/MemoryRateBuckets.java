package io.trunkline.security;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;

/**
 * Buckets in this instance's memory, bounded in number; a bucket unused for
 * {@code forgetAfter} (as long as a full refill takes) is forgotten, as it would be full.
 */
final class MemoryRateBuckets implements RateBuckets {

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	MemoryRateBuckets(int maximum, Duration forgetAfter, TimeMeter time) {
		this.time = time;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(maximum)
			.expireAfterAccess(forgetAfter)
			.ticker(time::currentTimeNanos)
			.build();
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return this.buckets.get(key, (ignored) -> {
			LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(this.time);
			for (Bandwidth limit : configuration.get().getBandwidths()) {
				builder.addLimit(limit);
			}
			return builder.build();
		});
	}

}
