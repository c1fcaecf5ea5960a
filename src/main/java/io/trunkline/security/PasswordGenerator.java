package io.trunkline.security;

import java.security.SecureRandom;

/**
 * Random passwords for new accounts: 20 characters from an alphabet without look-alikes
 * (about 115 bits).
 */
final class PasswordGenerator {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordGenerator() {
	}

	static String generate() {
		StringBuilder password = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
