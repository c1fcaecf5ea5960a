package io.trunkline.security;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.BucketConfiguration;
import io.trunkline.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryRateBucketsTest {

	private static final Supplier<BucketConfiguration> THREE_A_MINUTE = () -> BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(3).refillGreedy(3, Duration.ofMinutes(1)))
		.build();

	private final TestClock clock = new TestClock();

	private final RateBuckets buckets = new MemoryRateBuckets(100, Duration.ofMinutes(2), new ClockTime(this.clock));

	@Test
	void one_key_takes_from_one_bucket_until_it_is_empty_and_it_refills() {
		for (int i = 0; i < 3; i++) {
			assertThat(this.buckets.bucket("test:a", THREE_A_MINUTE).tryConsume(1)).as("take %d", i + 1).isTrue();
		}
		assertThat(this.buckets.bucket("test:a", THREE_A_MINUTE).tryConsume(1)).isFalse();
		assertThat(this.buckets.bucket("test:b", THREE_A_MINUTE).tryConsume(1)).as("another key").isTrue();
		this.clock.advance(Duration.ofSeconds(21));
		assertThat(this.buckets.bucket("test:a", THREE_A_MINUTE).tryConsume(1)).as("after a third of a minute")
			.isTrue();
	}

}
