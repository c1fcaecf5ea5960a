package io.trunkline.base;

/**
 * Keeps spreadsheet programs from running exported text as a formula: a cell that begins
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe.
 */
public final class CsvCells {

	private CsvCells() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
		return risky ? "'" + value : value;
	}

}
