package io.trunkline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Failed sign-ins, whether or not an account has that email, so that the behaviour tells
 * nothing about which emails exist. Two counts:
 * <ul>
 * <li>Per email and client address: after a number of failures that email is delayed for
 * that address only: every attempt from there is refused until the delay has passed, and
 * each further failure doubles the delay up to a maximum. A success forgets them.
 * Failures from one address thus never lock out the person signing in from another.</li>
 * <li>Per email, from every address: a looser cap over a longer window. Once an email has
 * had that many failures in the window (which starts at its first failure), every attempt
 * for it is refused, from any address, until the window ends: guessing spread over many
 * addresses stays bounded. A success does not reset it.</li>
 * </ul>
 * The stores are in this instance's memory, bounded in size (least used entries go
 * first).
 */
final class SignInBackoff {

	private final SignInProperties properties;

	private final Clock clock;

	private final Cache<String, Failures> fromAddress;

	private final Cache<String, Integer> perEmail;

	SignInBackoff(SignInProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.fromAddress = Caffeine.newBuilder()
			.maximumSize(properties.trackedEmails())
			.expireAfterWrite(properties.failuresKeptFor())
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
		this.perEmail = Caffeine.newBuilder()
			.maximumSize(properties.trackedEmails())
			.expireAfter(Expiry.<String, Integer>creating((email, count) -> properties.emailFailureWindow()))
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.executor(Runnable::run)
			.build();
	}

	/**
	 * @return whether attempts for this email from this address are refused now, without
	 * looking at the password
	 */
	boolean isDelayed(String email, String address) {
		Integer all = this.perEmail.getIfPresent(key(email));
		if (all != null && all >= this.properties.emailFailureCap()) {
			return true;
		}
		Failures current = this.fromAddress.getIfPresent(key(email, address));
		return current != null && current.delayedUntil().isAfter(this.clock.instant());
	}

	void failed(String email, String address) {
		Instant now = this.clock.instant();
		Failures first = new Failures(1, now.plus(delayAfter(1)));
		this.fromAddress.asMap().merge(key(email, address), first, (old, ignored) -> {
			int count = old.count() + 1;
			return new Failures(count, now.plus(delayAfter(count)));
		});
		this.perEmail.asMap().merge(key(email), 1, Integer::sum);
	}

	void succeeded(String email, String address) {
		this.fromAddress.invalidate(key(email, address));
	}

	/**
	 * @return how many email and address pairs the store holds now
	 */
	long tracked() {
		this.fromAddress.cleanUp();
		return this.fromAddress.estimatedSize();
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

	// An address (IPv4 or IPv6 text) holds no space, so the pair is unambiguous.
	private static String key(String email, String address) {
		return key(email) + " " + address;
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
