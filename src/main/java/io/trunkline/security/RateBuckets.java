package io.trunkline.security;

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

}
