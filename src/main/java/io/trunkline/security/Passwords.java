package io.trunkline.security;

import io.trunkline.base.FieldException;

/**
 * The password rule: long enough to resist guessing, short enough for bcrypt (72 bytes).
 */
public final class Passwords {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 72;

	private Passwords() {
	}

	static void check(String field, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new FieldException(field, "password_too_short", "Use at least " + MIN_LENGTH + " characters");
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
			throw new FieldException(field, "password_too_long", "Use at most " + MAX_LENGTH + " bytes");
		}
	}

}
