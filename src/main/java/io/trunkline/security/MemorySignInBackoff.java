package io.trunkline.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * The sign-in backoff in this instance's memory (the H2 default, one instance): the
 * stores are bounded in size (least used entries go first).
 */
final class MemorySignInBackoff extends SignInBackoff {

	private final Clock clock;

	private final Cache<String, Failures> fromAddress;

	private final Cache<String, Integer> perEmail;

	MemorySignInBackoff(SignInProperties properties, Clock clock) {
		super(properties);
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

	@Override
	boolean isDelayed(String email, String address) {
		Integer all = this.perEmail.getIfPresent(key(email));
		if (all != null && all >= properties().emailFailureCap()) {
			return true;
		}
		Failures current = this.fromAddress.getIfPresent(key(email, address));
		return current != null && current.delayedUntil().isAfter(this.clock.instant());
	}

	@Override
	void failed(String email, String address) {
		Instant now = this.clock.instant();
		Failures first = new Failures(1, now.plus(delayAfter(1)));
		this.fromAddress.asMap().merge(key(email, address), first, (old, ignored) -> {
			int count = old.count() + 1;
			return new Failures(count, now.plus(delayAfter(count)));
		});
		this.perEmail.asMap().merge(key(email), 1, Integer::sum);
	}

	@Override
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

	private record Failures(int count, Instant delayedUntil) {
	}

}
