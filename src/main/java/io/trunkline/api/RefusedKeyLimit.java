package io.trunkline.api;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;

/**
 * How many refused API keys each client address may present (in this instance's memory):
 * {@code burst} at once, then {@code per-minute}. Once they are used up, a request with
 * any key from that address is answered 429 without the key being looked at, so that keys
 * cannot be guessed (nor the audit trail flooded) at full speed.
 */
class RefusedKeyLimit {

	private final ApiProperties.RefusedKeyLimit limit;

	private final Cache<String, Address> addresses = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	RefusedKeyLimit(ApiProperties.RefusedKeyLimit limit) {
		this.limit = limit;
	}

	/**
	 * @return seconds until the address may present a key again, or empty when it may now
	 */
	OptionalLong blockedFor(String address) {
		Address state = this.addresses.getIfPresent(address);
		if (state == null) {
			return OptionalLong.empty();
		}
		EstimationProbe probe = state.bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? OptionalLong.empty() : OptionalLong
			.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999)));
	}

	/** Counts a refused key of the address. */
	void refused(String address) {
		Address state = this.addresses.get(address, (a) -> new Address(newBucket()));
		if (state.bucket.tryConsume(1)) {
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

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.limit.burst())
				.refillGreedy(this.limit.perMinute(), Duration.ofMinutes(1))
				.build())
			.build();
	}

	private record Address(Bucket bucket, AtomicBoolean reported) {

		Address(Bucket bucket) {
			this(bucket, new AtomicBoolean());
		}

	}

}
