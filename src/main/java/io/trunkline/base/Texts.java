package io.trunkline.base;

/**
 * How a typed text is stored: trimmed, and nothing rather than blanks.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * @return the value stripped, or {@code null} when it is {@code null} or blank
	 */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
