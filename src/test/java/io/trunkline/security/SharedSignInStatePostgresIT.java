package io.trunkline.security;

import java.time.Duration;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.trunkline.PostgresTestBase;
import io.trunkline.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in backoff and rate buckets in PostgreSQL (the postgres profile's store): two
 * of each on one database stand for two instances, and count as one.
 */
@Import(TestClock.class)
class SharedSignInStatePostgresIT extends PostgresTestBase {

	private static final Supplier<BucketConfiguration> TEN_A_MINUTE = () -> BucketConfiguration.builder()
		.addLimit((limit) -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(1)))
		.build();

	@Autowired
	private SignInBackoff backoff;

	@Autowired
	private RateBuckets buckets;

	@Autowired
	private SignInProperties properties;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void the_postgres_profile_keeps_both_in_the_database() {
		assertThat(this.backoff).isInstanceOf(DatabaseSignInBackoff.class);
		assertThat(this.buckets).isInstanceOf(DatabaseRateBuckets.class);
	}

	@Test
	void failures_on_two_instances_add_up_to_the_delay_and_a_success_on_either_forgets_them() {
		SignInBackoff other = secondInstance();
		String email = "Person@Example.test";
		for (int i = 0; i < 5; i++) {
			assertThat(this.backoff.isDelayed(email, "198.51.100.1")).as("before failure %d", i + 1).isFalse();
			((i % 2 == 0) ? this.backoff : other).failed(email, "198.51.100.1");
		}
		assertThat(this.backoff.isDelayed("person@example.test", "198.51.100.1")).isTrue();
		assertThat(other.isDelayed(email, "198.51.100.1")).isTrue();
		assertThat(other.isDelayed(email, "198.51.100.2")).as("from another address").isFalse();

		this.clock.advance(Duration.ofSeconds(31));
		assertThat(other.isDelayed(email, "198.51.100.1")).as("after the 30 s delay").isFalse();
		other.succeeded(email, "198.51.100.1");
		this.backoff.failed(email, "198.51.100.1");
		assertThat(this.backoff.isDelayed(email, "198.51.100.1")).as("one failure after the success").isFalse();
	}

	@Test
	void each_failure_beyond_the_threshold_doubles_the_delay_whichever_instance_counts_it() {
		SignInBackoff other = secondInstance();
		String email = "doubling@example.test";
		for (int i = 0; i < 6; i++) {
			((i % 2 == 0) ? other : this.backoff).failed(email, "198.51.100.3");
		}
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.backoff.isDelayed(email, "198.51.100.3")).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.backoff.isDelayed(email, "198.51.100.3")).isFalse();
	}

	@Test
	void the_cap_per_email_counts_every_address_on_every_instance() {
		SignInBackoff other = secondInstance();
		String email = "capped@example.test";
		int cap = this.properties.emailFailureCap();
		for (int i = 0; i < cap; i++) {
			((i % 2 == 0) ? other : this.backoff).failed(email, "203.0.113." + (i % 200));
		}
		assertThat(this.backoff.isDelayed(email, "192.0.2.77")).as("from an address never seen").isTrue();
		this.clock.advance(this.properties.emailFailureWindow().plusSeconds(1));
		assertThat(other.isDelayed(email, "192.0.2.77")).as("after the window").isFalse();
	}

	@Test
	void expired_failures_are_deleted_and_live_ones_stay() {
		DatabaseSignInBackoff store = (DatabaseSignInBackoff) this.backoff;
		store.failed("old@example.test", "198.51.100.9");
		this.clock.advance(this.properties.failuresKeptFor().plus(this.properties.emailFailureWindow()));
		store.failed("new@example.test", "198.51.100.9");

		// Other tests' rows expire too when the clock moves this far.
		assertThat(store.removeExpired()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForList(
				"select id from sign_in_failure where id like '%:old@example.test%' or id like '%:new@example.test%'",
				String.class))
			.containsExactlyInAnyOrder("pair:new@example.test 198.51.100.9", "email:new@example.test");
	}

	@Test
	void two_instances_take_from_one_bucket_and_a_full_bucket_is_deleted() throws InterruptedException {
		RateBuckets other = new DatabaseRateBuckets(this.dataSource, new ClockTime(this.clock));
		for (int i = 0; i < 10; i++) {
			Bucket bucket = ((i % 2 == 0) ? this.buckets : other).bucket("test:198.51.100.20", TEN_A_MINUTE);
			assertThat(bucket.tryConsume(1)).as("take %d", i + 1).isTrue();
		}
		assertThat(other.bucket("test:198.51.100.20", TEN_A_MINUTE).tryConsume(1)).isFalse();
		assertThat(this.buckets.bucket("test:198.51.100.20", TEN_A_MINUTE).tryConsume(1)).isFalse();

		DatabaseRateBuckets store = (DatabaseRateBuckets) this.buckets;
		assertThat(store.removeExpired()).as("nothing is full yet").isZero();

		// Bucket4j dates a row's expiry by the system clock: a bucket that refills in a
		// second is full again a second later.
		Supplier<BucketConfiguration> onePerSecond = () -> BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(1).refillGreedy(1, Duration.ofSeconds(1)))
			.build();
		assertThat(other.bucket("test:198.51.100.21", onePerSecond).tryConsume(1)).isTrue();
		Thread.sleep(1_500);
		assertThat(store.removeExpired()).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select id from rate_limit_bucket", String.class))
			.containsExactly("test:198.51.100.20");
	}

	private SignInBackoff secondInstance() {
		return new DatabaseSignInBackoff(this.properties, this.jdbc, this.clock);
	}

}
