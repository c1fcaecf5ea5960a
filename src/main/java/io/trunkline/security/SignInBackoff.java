package io.trunkline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Failed sign-ins per email, whether or not an account has that email, so that the
 * behaviour tells nothing about which emails exist. After a number of failures the email
 * is delayed: every attempt is refused until the delay has passed, and each further
 * failure doubles the delay up to a maximum. A success forgets the failures.
 * <p>
 * The store is in this instance's memory, bounded in size (least used emails go first),
 * and forgets an email some time after its last failure.
 */
final class SignInBackoff {

	private final SignInProperties properties;

	private final Clock clock;

	private final Cache<String, Failures> failures;

	SignInBackoff(SignInProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.failures = Caffeine.newBuilder()
			.maximumSize(properties.trackedEmails())
			.expireAfterWrite(properties.failuresKeptFor())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/**
	 * @return whether attempts for this email are refused now, without looking at the
	 * password
	 */
	boolean isDelayed(String email) {
		Failures current = this.failures.getIfPresent(key(email));
		return current != null && current.delayedUntil().isAfter(this.clock.instant());
	}

	void failed(String email) {
		Instant now = this.clock.instant();
		Failures first = new Failures(1, now.plus(delayAfter(1)));
		this.failures.asMap().merge(key(email), first, (old, ignored) -> {
			int count = old.count() + 1;
			return new Failures(count, now.plus(delayAfter(count)));
		});
	}

	void succeeded(String email) {
		this.failures.invalidate(key(email));
	}

	/**
	 * @return how many emails the store holds now
	 */
	long tracked() {
		this.failures.cleanUp();
		return this.failures.estimatedSize();
	}

	/**
	 * The normalized email, cut at the longest email an account can have, so that a huge
	 * one cannot fill the memory.
	 */
	private static String key(String email) {
		String normalized = Emails.normalize(email);
		return (normalized.length() <= AppUser.EMAIL_MAX_LENGTH) ? normalized
				: normalized.substring(0, AppUser.EMAIL_MAX_LENGTH);
	}

	/**
	 * @return the delay after this many failures: none before the threshold, then the
	 * start delay doubling with each failure, at most the maximum
	 */
	Duration delayAfter(int count) {
		int beyond = count - this.properties.failuresBeforeBackoff();
		if (beyond < 0) {
			return Duration.ZERO;
		}
		Duration max = this.properties.backoffMax();
		Duration delay = this.properties.backoffStart();
		for (int i = 0; i < beyond && delay.compareTo(max) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(max) < 0) ? delay : max;
	}

	private record Failures(int count, Instant delayedUntil) {
	}

}
