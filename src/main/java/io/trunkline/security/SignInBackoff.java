package io.trunkline.security;

import java.time.Duration;

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
 * Kept in this instance's memory ({@link MemorySignInBackoff}, H2) or in PostgreSQL
 * ({@link DatabaseSignInBackoff}), where every instance counts together.
 */
abstract class SignInBackoff {

	/** The longest client address kept: IPv6 text with a zone fits well within. */
	static final int ADDRESS_MAX_LENGTH = 100;

	private final SignInProperties properties;

	SignInBackoff(SignInProperties properties) {
		this.properties = properties;
	}

	/**
	 * @return whether attempts for this email from this address are refused now, without
	 * looking at the password
	 */
	abstract boolean isDelayed(String email, String address);

	abstract void failed(String email, String address);

	abstract void succeeded(String email, String address);

	final SignInProperties properties() {
		return this.properties;
	}

	/**
	 * The normalized email, cut at the longest email an account can have, so that a huge
	 * one cannot fill the store.
	 */
	static String key(String email) {
		String normalized = Emails.normalize(email);
		return (normalized.length() <= AppUser.EMAIL_MAX_LENGTH) ? normalized
				: normalized.substring(0, AppUser.EMAIL_MAX_LENGTH);
	}

	// An address (IPv4 or IPv6 text) holds no space, so the pair is unambiguous.
	static String key(String email, String address) {
		String cut = (address.length() <= ADDRESS_MAX_LENGTH) ? address : address.substring(0, ADDRESS_MAX_LENGTH);
		return key(email) + " " + cut;
	}

	/**
	 * @return the delay after this many failures: none before the threshold, then the
	 * start delay doubling with each failure, at most the maximum
	 */
	final Duration delayAfter(int count) {
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

}
