package io.trunkline.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection ({@code trunkline.sign-in.*}). Per email and client address: after
 * {@code failuresBeforeBackoff} failed attempts every attempt from that address is
 * refused for {@code backoffStart}, doubling with each further failure up to
 * {@code backoffMax}; failures are forgotten {@code failuresKeptFor} after the last one.
 * Per email from every address: after {@code emailFailureCap} failures within
 * {@code emailFailureWindow} (from the first), every attempt is refused until the window
 * ends. Per client address: a token bucket of {@code burst} sign-in requests, refilled by
 * {@code refillPerMinute}. In memory (the default store) both are bounded by
 * {@code trackedEmails} and {@code trackedAddresses} entries; with
 * {@code trunkline.sign-in.store=database} (the postgres profile) they are in PostgreSQL,
 * shared by every instance ({@link ProtectionStateConfig}).
 *
 * @param failuresBeforeBackoff failed attempts before the first delay
 * @param backoffStart the first delay
 * @param backoffMax the longest delay
 * @param failuresKeptFor how long failures are remembered after the last one
 * @param trackedEmails how many emails (and email and address pairs) the failure stores
 * hold at most
 * @param burst sign-in requests one address may send at once
 * @param refillPerMinute sign-in requests one address regains per minute
 * @param trackedAddresses how many addresses the bucket store holds at most
 * @param emailFailureCap failures of one email, from all addresses, that refuse it
 * everywhere
 * @param emailFailureWindow how long the per-email count runs from its first failure
 */
@ConfigurationProperties("trunkline.sign-in")
public record SignInProperties(@DefaultValue("5") int failuresBeforeBackoff, @DefaultValue("30s") Duration backoffStart,
		@DefaultValue("15m") Duration backoffMax, @DefaultValue("1h") Duration failuresKeptFor,
		@DefaultValue("10000") int trackedEmails, @DefaultValue("10") int burst,
		@DefaultValue("10") int refillPerMinute, @DefaultValue("10000") int trackedAddresses,
		@DefaultValue("50") int emailFailureCap, @DefaultValue("1h") Duration emailFailureWindow) {

	public SignInProperties {
		require(failuresBeforeBackoff >= 1, "failures-before-backoff must be at least 1");
		require(backoffStart.isPositive(), "backoff-start must be positive");
		require(backoffMax.compareTo(backoffStart) >= 0, "backoff-max must not be shorter than backoff-start");
		require(failuresKeptFor.compareTo(backoffMax) >= 0, "failures-kept-for must not be shorter than backoff-max");
		require(trackedEmails >= 1 && trackedAddresses >= 1, "tracked-emails and tracked-addresses must be positive");
		require(burst >= 1 && refillPerMinute >= 1, "burst and refill-per-minute must be positive");
		require(emailFailureCap > failuresBeforeBackoff,
				"email-failure-cap must be larger than failures-before-backoff");
		require(emailFailureWindow.compareTo(backoffMax) > 0, "email-failure-window must be longer than backoff-max");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException("trunkline.sign-in: " + message);
		}
	}

}
