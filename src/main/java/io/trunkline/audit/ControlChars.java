package io.trunkline.audit;

import io.trunkline.base.ControlCharacters;

/**
 * Keeps typed text from breaking a log line or posing as one: control characters (line
 * feeds, carriage returns and the rest, C0 and C1) and the Unicode line and paragraph
 * separators.
 */
final class ControlChars {

	private ControlChars() {
	}

	/** Writes them as escapes: {@code \r}, {@code \n}, {@code \}{@code u0085}. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '\r') {
				out.append("\\r");
			}
			else if (c == '\n') {
				out.append("\\n");
			}
			else if (isControl(c)) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Replaces each of them with {@code ?}. */
	static String replace(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(isControl(c) ? '?' : c);
		}
		return out.toString();
	}

	private static boolean isControl(char c) {
		return ControlCharacters.isControl(c);
	}

}
