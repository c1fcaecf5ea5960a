package io.trunkline.security;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Token buckets (Bucket4j) by key: in this instance's memory (H2), or in PostgreSQL's
 * {@code rate_limit_bucket} table (postgres profile), where every instance takes from the
 * same bucket. A key names its use first ({@code sign-in:<address>}), so uses never share
 * a bucket.
 */
public interface RateBuckets {

	/**
	 * @param key what the bucket limits, at most 300 characters
	 * @param configuration the bucket's limits, asked for when the bucket is new
	 * @return the bucket; every instance gets the same one when the store is the database
	 */
	Bucket bucket(String key, Supplier<BucketConfiguration> configuration);

	/**
	 * A bucket of which this instance takes up to {@code localTokens} tokens between two
	 * syncs with the shared store, and syncs again at the latest {@code syncInterval}
	 * after the last: each instance may let {@code localTokens} more through than the
	 * shared count, for a round trip every {@code localTokens} takes instead of every
	 * take. Keep it to take from it again (what it took since its last sync is in it). In
	 * memory it is the exact bucket.
	 * @param localTokens at least 1
	 */
	default Bucket bucket(String key, Supplier<BucketConfiguration> configuration, long localTokens,
			Duration syncInterval) {
		return bucket(key, configuration);
	}

}
