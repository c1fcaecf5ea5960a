package io.trunkline.base;

/**
 * The one rule for control characters in typed text: C0 (U+0000 to U+001F), DEL, C1
 * (U+0080 to U+009F) and the Unicode line and paragraph separators. PostgreSQL refuses
 * NUL outright, and the rest break CSV cells, log lines and what a person sees. Text that
 * may span lines keeps tabs, line feeds and carriage returns.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * @return whether the character is a control character or a line or paragraph
	 * separator
	 */
	public static boolean isControl(char c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
	}

	/**
	 * @param multiline whether tab, line feed and carriage return are allowed
	 * @return the index of the first character the rule refuses, or -1
	 */
	public static int firstRefused(CharSequence text, boolean multiline) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c) && !(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param multiline whether tab, line feed and carriage return are allowed
	 * @return what a person reads about the first refused character, naming its code and
	 * position (never the text), or {@code null} when the text is plain
	 */
	public static String problem(CharSequence text, boolean multiline) {
		int index = firstRefused(text, multiline);
		if (index < 0) {
			return null;
		}
		return String.format("Remove the control character U+%04X at position %d", (int) text.charAt(index), index + 1);
	}

	/**
	 * @return the text with every control character and separator replaced by {@code ?}
	 */
	public static String replace(String text) {
		if (text == null || firstRefused(text, false) < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(isControl(c) ? '?' : c);
		}
		return out.toString();
	}

}
