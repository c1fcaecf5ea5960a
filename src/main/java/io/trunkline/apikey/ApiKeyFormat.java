package io.trunkline.apikey;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an API key: {@code tlk_<key id>_<secret>}, the key id 12 and the secret 43
 * base62 characters (32 random bytes). The fixed prefix and lengths let secret scanners
 * recognize a leaked key; the key id is public and finds the stored digest.
 */
final class ApiKeyFormat {

	static final String PREFIX = "tlk_";

	static final int KEY_ID_LENGTH = 12;

	static final int SECRET_BYTES = 32;

	static final int SECRET_LENGTH = 43;

	private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final Pattern KEY = Pattern
		.compile("tlk_([0-9A-Za-z]{" + KEY_ID_LENGTH + "})_([0-9A-Za-z]{" + SECRET_LENGTH + "})");

	private static final SecureRandom random = new SecureRandom();

	private ApiKeyFormat() {
	}

	/** A new random key id. */
	static String newKeyId() {
		StringBuilder id = new StringBuilder(KEY_ID_LENGTH);
		for (int i = 0; i < KEY_ID_LENGTH; i++) {
			id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return id.toString();
	}

	/** The full key for a key id, with 32 new random bytes as its secret. */
	static String newKey(String keyId) {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		return PREFIX + keyId + "_" + base62(secret);
	}

	/**
	 * @return the key id of a presented key that has the format, empty otherwise
	 */
	static Optional<String> keyIdOf(String presented) {
		Matcher matcher = KEY.matcher(presented);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The fixed-length base62 form of the bytes, as an unsigned number. */
	static String base62(byte[] bytes) {
		BigInteger value = new BigInteger(1, bytes);
		BigInteger base = BigInteger.valueOf(ALPHABET.length());
		char[] digits = new char[SECRET_LENGTH];
		for (int i = SECRET_LENGTH - 1; i >= 0; i--) {
			BigInteger[] division = value.divideAndRemainder(base);
			digits[i] = ALPHABET.charAt(division[1].intValue());
			value = division[0];
		}
		return new String(digits);
	}

}
