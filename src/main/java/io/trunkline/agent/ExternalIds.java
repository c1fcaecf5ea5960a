package io.trunkline.agent;

import java.security.SecureRandom;
import java.util.function.Predicate;

/**
 * Generated external ids: {@code agt_} and 12 random lowercase letters and digits.
 */
final class ExternalIds {

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ExternalIds() {
	}

	/**
	 * @param taken whether the organization already has an agent with the id
	 */
	static String generate(Predicate<String> taken) {
		String candidate;
		do {
			StringBuilder id = new StringBuilder("agt_");
			for (int i = 0; i < 12; i++) {
				id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			candidate = id.toString();
		}
		while (taken.test(candidate));
		return candidate;
	}

}
