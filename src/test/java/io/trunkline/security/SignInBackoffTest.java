package io.trunkline.security;

import java.time.Duration;
import java.util.stream.IntStream;

import io.trunkline.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBackoffTest {

	private final TestClock clock = new TestClock();

	private final SignInBackoff backoff = new SignInBackoff(properties(10_000), this.clock);

	static SignInProperties properties(int trackedEmails) {
		return new SignInProperties(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1),
				trackedEmails, 10, 10, 10_000);
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
		assertThat(this.backoff.isDelayed("someone@example.test")).isFalse();

		fail("someone@example.test", 1);
		assertThat(this.backoff.isDelayed("someone@example.test")).isTrue();
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(this.backoff.isDelayed("someone@example.test")).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.backoff.isDelayed("someone@example.test")).isFalse();

		fail("someone@example.test", 1);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.backoff.isDelayed("someone@example.test")).isTrue();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.backoff.isDelayed("someone@example.test")).isFalse();
		assertThat(this.backoff.isDelayed("someone-else@example.test")).isFalse();
	}

	@Test
	void the_email_is_matched_the_way_sign_in_matches_it() {
		fail(" Someone@Example.TEST ", 5);
		assertThat(this.backoff.isDelayed("someone@example.test")).isTrue();
	}

	@Test
	void a_success_forgets_the_failures() {
		fail("someone@example.test", 5);
		this.backoff.succeeded("someone@example.test");
		assertThat(this.backoff.isDelayed("someone@example.test")).isFalse();
		fail("someone@example.test", 4);
		assertThat(this.backoff.isDelayed("someone@example.test")).isFalse();
	}

	@Test
	void failures_are_forgotten_an_hour_after_the_last_one() {
		fail("someone@example.test", 4);
		this.clock.advance(Duration.ofMinutes(61));
		fail("someone@example.test", 1);
		assertThat(this.backoff.isDelayed("someone@example.test")).isFalse();
	}

	@Test
	void the_store_holds_at_most_the_configured_number_of_emails() {
		SignInBackoff small = new SignInBackoff(properties(100), this.clock);
		IntStream.range(0, 1_000).forEach((i) -> small.failed("person-" + i + "@example.test"));
		assertThat(small.tracked()).isLessThanOrEqualTo(100);
	}

	@Test
	void a_huge_email_counts_as_its_first_254_characters() {
		String start = "a".repeat(254);
		fail(start + "x", 3);
		fail(start + "y", 2);
		assertThat(this.backoff.isDelayed(start)).isTrue();
	}

	private void fail(String email, int times) {
		for (int i = 0; i < times; i++) {
			this.backoff.failed(email);
		}
	}

}
