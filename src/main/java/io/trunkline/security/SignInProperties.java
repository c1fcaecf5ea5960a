package io.trunkline.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection ({@code trunkline.sign-in.*}). Per email: after
 * {@code failuresBeforeBackoff} failed attempts every attempt is refused for
 * {@code backoffStart}, doubling with each further failure up to {@code backoffMax};
 * failures are forgotten {@code failuresKeptFor} after the last one. Per client address:
 * a token bucket of {@code burst} sign-in requests, refilled by {@code refillPerMinute}.
 * Both stores are in memory, bounded by {@code trackedEmails} and
 * {@code trackedAddresses} entries.
 *
 * @param failuresBeforeBackoff failed attempts before the first delay
 * @param backoffStart the first delay
 * @param backoffMax the longest delay
 * @param failuresKeptFor how long failures are remembered after the last one
 * @param trackedEmails how many emails the failure store holds at most
 * @param burst sign-in requests one address may send at once
 * @param refillPerMinute sign-in requests one address regains per minute
 * @param trackedAddresses how many addresses the bucket store holds at most
 */
@ConfigurationProperties("trunkline.sign-in")
public record SignInProperties(@DefaultValue("5") int failuresBeforeBackoff, @DefaultValue("30s") Duration backoffStart,
		@DefaultValue("15m") Duration backoffMax, @DefaultValue("1h") Duration failuresKeptFor,
		@DefaultValue("10000") int trackedEmails, @DefaultValue("10") int burst,
		@DefaultValue("10") int refillPerMinute, @DefaultValue("10000") int trackedAddresses) {

	public SignInProperties {
		require(failuresBeforeBackoff >= 1, "failures-before-backoff must be at least 1");
		require(backoffStart.isPositive(), "backoff-start must be positive");
		require(backoffMax.compareTo(backoffStart) >= 0, "backoff-max must not be shorter than backoff-start");
		require(failuresKeptFor.compareTo(backoffMax) >= 0, "failures-kept-for must not be shorter than backoff-max");
		require(trackedEmails >= 1 && trackedAddresses >= 1, "tracked-emails and tracked-addresses must be positive");
		require(burst >= 1 && refillPerMinute >= 1, "burst and refill-per-minute must be positive");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException("trunkline.sign-in: " + message);
		}
	}

}
