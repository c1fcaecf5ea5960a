package io.trunkline.security;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * Buckets in PostgreSQL (Bucket4j's own backend, {@code SELECT ... FOR UPDATE} on the
 * bucket's row): each take is one short transaction, so every instance takes from the
 * same bucket. A row records when its bucket is full again; {@link #removeExpired}
 * deletes the rows past that, as a full bucket is what a new one is.
 */
final class DatabaseRateBuckets implements RateBuckets {

	static final String TABLE = "rate_limit_bucket";

	private static final int CLEAN_UP_BATCH = 1_000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	DatabaseRateBuckets(DataSource dataSource, TimeMeter time) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(TABLE)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.clientClock(time)
			.requestTimeout(Duration.ofSeconds(5))
			.build();
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
		return this.buckets.builder().build(key, configuration);
	}

	@Override
	public Bucket bucket(String key, Supplier<BucketConfiguration> configuration, long localTokens,
			Duration syncInterval) {
		return this.buckets.builder()
			.withOptimization(Optimizations.delaying(new DelayParameters(localTokens, syncInterval)))
			.build(key, configuration);
	}

	/**
	 * Deletes the rows of buckets that are full again, in batches.
	 * @return how many
	 */
	int removeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = this.buckets.removeExpired(CLEAN_UP_BATCH);
			removed += batch;
		}
		while (batch == CLEAN_UP_BATCH);
		return removed;
	}

}
