package io.trunkline.api;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.EstimationProbe;
import io.trunkline.security.RateBuckets;

/**
 * How many refused API keys each client address may present: {@code burst} at once, then
 * {@code per-minute}. Once they are used up, a request with any key from that address is
 * answered 429 without the key being looked at, so that keys cannot be guessed (nor the
 * audit trail flooded) at full speed.
 * <p>
 * The count is in this instance's memory, or with the shared protection state
 * ({@code trunkline.sign-in.store=database}) in PostgreSQL's {@code rate_limit_bucket},
 * where every instance counts together. An instance asks the shared bucket only for
 * addresses it has refused a key of itself within the hour (so that the requests of
 * everybody else cost no round trip): an address blocked by the others gets one more key
 * looked at here, whose refusal finds the shared bucket empty. The audit entry of a
 * blocked address is written once per blocked period by each instance that blocks it.
 */
class RefusedKeyLimit {

	/** The shared store's key of an address's bucket. */
	static final String PREFIX = "api-refused-key:";

	private final ApiProperties.RefusedKeyLimit limit;

	private final RateBuckets shared;

	private final Cache<String, Address> addresses = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	/**
	 * @param shared the shared store, or {@code null} to count in memory
	 */
	RefusedKeyLimit(ApiProperties.RefusedKeyLimit limit, RateBuckets shared) {
		this.limit = limit;
		this.shared = shared;
	}

	/**
	 * @return seconds until the address may present a key again, or empty when it may now
	 */
	OptionalLong blockedFor(String address) {
		Address state = this.addresses.getIfPresent(address);
		if (state == null) {
			return OptionalLong.empty();
		}
		EstimationProbe probe = bucket(address, state).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? OptionalLong.empty() : OptionalLong
			.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999)));
	}

	/** Counts a refused key of the address. */
	void refused(String address) {
		Address state = this.addresses.get(address, (a) -> new Address((this.shared != null) ? null : localBucket()));
		if (bucket(address, state).tryConsume(1)) {
			state.reported.set(false);
		}
	}

	/**
	 * @return whether this is the first request refused since the address was blocked
	 * (the one the audit trail records)
	 */
	boolean firstBlocked(String address) {
		Address state = this.addresses.getIfPresent(address);
		return state != null && state.reported.compareAndSet(false, true);
	}

	long perMinute() {
		return this.limit.perMinute();
	}

	private Bucket bucket(String address, Address state) {
		return (this.shared != null) ? this.shared.bucket(PREFIX + address, this::configuration) : state.bucket;
	}

	private Bucket localBucket() {
		return Bucket.builder().addLimit(bandwidth()).build();
	}

	private BucketConfiguration configuration() {
		return BucketConfiguration.builder().addLimit(bandwidth()).build();
	}

	private Bandwidth bandwidth() {
		return Bandwidth.builder()
			.capacity(this.limit.burst())
			.refillGreedy(this.limit.perMinute(), Duration.ofMinutes(1))
			.build();
	}

	/**
	 * An address this instance refused a key of: its bucket (in memory only), and the
	 * audit flag.
	 */
	private record Address(Bucket bucket, AtomicBoolean reported) {

		Address(Bucket bucket) {
			this(bucket, new AtomicBoolean());
		}

	}

}
