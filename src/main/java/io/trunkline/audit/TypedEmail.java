package io.trunkline.audit;

import java.util.Locale;

import io.trunkline.security.AppUser;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;

/**
 * The email typed into a failed sign-in, as the trail may keep it: as typed (normalized)
 * when it is a plausible email, otherwise masked to its first character and its length. A
 * password typed into the email field thus stays out of the trail and the log. Plausible
 * means what an account's email must be ({@code @Email}, at most
 * {@value AppUser#EMAIL_MAX_LENGTH} characters), without spaces, with a dot in the
 * domain.
 */
final class TypedEmail {

	private final Validator validator;

	TypedEmail(Validator validator) {
		this.validator = validator;
	}

	String shown(String typed) {
		String text = (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
		return plausible(text) ? text : masked(text);
	}

	private boolean plausible(String text) {
		int at = text.lastIndexOf('@');
		return at > 0 && text.length() <= AppUser.EMAIL_MAX_LENGTH && text.codePoints().noneMatch(TypedEmail::blank)
				&& text.indexOf('.', at) > at + 1 && !text.endsWith(".")
				&& this.validator.validateValue(Probe.class, "email", text).isEmpty();
	}

	private static boolean blank(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
				|| Character.isSpaceChar(codePoint);
	}

	/** {@code "p… (14 characters, not an email)"}: nothing more of what was typed. */
	static String masked(String text) {
		if (text.isEmpty()) {
			return "(nothing typed)";
		}
		int first = text.codePointAt(0);
		String shown = blank(first) ? "?" : Character.toString(first);
		return shown + "… (" + text.codePointCount(0, text.length()) + " characters, not an email)";
	}

	/** Carries the constraint an account's email has. */
	static final class Probe {

		@Email
		String email;

	}

}
