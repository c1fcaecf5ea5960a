package io.trunkline.security;

import java.util.Locale;

/**
 * Emails are unique without regard to case: they are stored trimmed and in lower case.
 */
final class Emails {

	private Emails() {
	}

	static String normalize(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
