package io.trunkline.security;

import java.time.Duration;
import java.util.stream.IntStream;

import io.trunkline.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBackoffTest {

	private static final String HOME = "192.0.2.10";

	private final TestClock clock = new TestClock();

	private final MemorySignInBackoff backoff = new MemorySignInBackoff(properties(10_000), this.clock);

	static SignInProperties properties(int trackedEmails) {
		return new SignInProperties(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1),
				trackedEmails, 10, 10, 10_000, 50, Duration.ofHours(1));
	}

	@Test
	void delay_starts_at_the_fifth_failure_and_doubles_up_to_the_maximum() {
		assertThat(this.backoff.delayAfter(4)).isZero();
		assertThat(this.backoff.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.backoff.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.backoff.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
		assertThat(this.backoff.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.backoff.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void an_email_is_delayed_only_after_five_failures_and_only_for_the_delay() {
		fail("someone@example.test", 4);
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();

		fail("someone@example.test", 1);
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isTrue();
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();

		fail("someone@example.test", 1);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();
		assertThat(this.backoff.isDelayed("someone-else@example.test", HOME)).isFalse();
	}

	@Test
	void the_email_is_matched_the_way_sign_in_matches_it() {
		fail(" Someone@Example.TEST ", 5);
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isTrue();
	}

	@Test
	void a_success_forgets_the_failures() {
		fail("someone@example.test", 5);
		this.backoff.succeeded("someone@example.test", HOME);
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();
		fail("someone@example.test", 4);
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();
	}

	@Test
	void failures_are_forgotten_an_hour_after_the_last_one() {
		fail("someone@example.test", 4);
		this.clock.advance(Duration.ofMinutes(61));
		fail("someone@example.test", 1);
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();
	}

	@Test
	void the_store_holds_at_most_the_configured_number_of_emails() {
		MemorySignInBackoff small = new MemorySignInBackoff(properties(100), this.clock);
		IntStream.range(0, 1_000).forEach((i) -> small.failed("person-" + i + "@example.test", HOME));
		assertThat(small.tracked()).isLessThanOrEqualTo(100);
	}

	@Test
	void a_huge_email_counts_as_its_first_254_characters() {
		String start = "a".repeat(254);
		fail(start + "x", 3);
		fail(start + "y", 2);
		assertThat(this.backoff.isDelayed(start, HOME)).isTrue();
	}

	@Test
	void failures_from_one_address_do_not_delay_the_email_at_another() {
		fail("someone@example.test", 20, "198.51.100.1");
		assertThat(this.backoff.isDelayed("someone@example.test", "198.51.100.1")).isTrue();
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();
	}

	@Test
	void fifty_failures_from_any_addresses_within_the_hour_refuse_the_email_everywhere_until_the_hour_ends() {
		for (int address = 0; address < 12; address++) {
			fail("someone@example.test", 4, "198.51.100." + address);
		}
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();
		fail("someone@example.test", 2, "198.51.100.99");
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isTrue();
		this.backoff.succeeded("someone@example.test", "198.51.100.1");
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isTrue();

		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isTrue();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.backoff.isDelayed("someone@example.test", HOME)).isFalse();
		assertThat(this.backoff.isDelayed("someone-else@example.test", HOME)).isFalse();
	}

	private void fail(String email, int times) {
		fail(email, times, HOME);
	}

	private void fail(String email, int times, String address) {
		for (int i = 0; i < times; i++) {
			this.backoff.failed(email, address);
		}
	}

}
