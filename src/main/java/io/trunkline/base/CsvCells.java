package io.trunkline.base;

import java.util.regex.Pattern;

/**
 * The one rule every export uses to keep spreadsheet programs from running a cell as a
 * formula: a cell that begins with {@code =}, {@code @}, a tab or a carriage return, or
 * with {@code +} or {@code -} followed by anything but a plain number, gets a leading
 * apostrophe. A plain number ({@code +14155552671}, {@code -15}, {@code 12345},
 * {@code 2.5}) passes unchanged, so that E.164 numbers stay exact for scripts.
 */
public final class CsvCells {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(?:\\.[0-9]+)?");

	private CsvCells() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean risky = switch (first) {
			case '=', '@', '\t', '\r' -> true;
			case '+', '-' -> !PLAIN_NUMBER.matcher(value).matches();
			default -> false;
		};
		return risky ? "'" + value : value;
	}

}
