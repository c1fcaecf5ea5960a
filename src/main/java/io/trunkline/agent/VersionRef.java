package io.trunkline.agent;

import java.util.regex.Pattern;

import io.trunkline.base.FieldException;

/**
 * Which version of an agent a binding uses: a version number, a tag, or the latest
 * version (the default). At most one of {@code number} and {@code tag} is set; neither
 * means latest.
 *
 * @param number a published version number (1, 2, 3...), or {@code null}
 * @param tag a tag name such as {@code prod}, or {@code null}
 */
public record VersionRef(Integer number, String tag) {

	public static final int TAG_MAX_LENGTH = 20;

	/**
	 * What a tag may be called: a lowercase letter, then up to 19 lowercase letters,
	 * digits, {@code _} or {@code -}, but not {@code v} and a number (that reads as a
	 * version). {@code latest} matches too: it is the reference to the newest version,
	 * and no agent may use it as a tag.
	 */
	public static final Pattern TAG = Pattern.compile("^(latest|(?!(?:v\\d+)$)[a-z][a-z0-9_-]{0,19})$");

	public static final String LATEST_TEXT = "latest";

	public static final VersionRef LATEST = new VersionRef(null, null);

	static final String FIELD = "versionRef";

	public VersionRef {
		if (number != null && tag != null) {
			throw new IllegalArgumentException("A version number or a tag, not both");
		}
		if (number != null && number < 1) {
			throw new IllegalArgumentException("Versions start at 1");
		}
		if (tag != null && !isTagName(tag)) {
			throw new IllegalArgumentException("Not a tag name: " + tag);
		}
	}

	public static VersionRef ofNumber(int number) {
		return new VersionRef(number, null);
	}

	public static VersionRef ofTag(String tag) {
		return new VersionRef(null, tag);
	}

	/**
	 * Reads what a person typed: blank or {@code latest}, a version number, or a tag.
	 * @throws FieldException at {@code versionRef} when it is none of these
	 */
	public static VersionRef parse(String text) {
		String value = (text == null) ? "" : text.strip();
		if (value.isEmpty() || value.equals(LATEST_TEXT)) {
			return LATEST;
		}
		if (value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			int number = parseNumber(value);
			if (number < 1) {
				throw new FieldException(FIELD, "version_invalid", "Versions start at 1");
			}
			return ofNumber(number);
		}
		if (isTagName(value)) {
			return ofTag(value);
		}
		throw new FieldException(FIELD, "version_ref_invalid", "Use latest, a version number or a tag");
	}

	/**
	 * @return whether an agent may call a tag this ({@code latest} may not)
	 */
	public static boolean isTagName(String name) {
		return name != null && !name.equals(LATEST_TEXT) && TAG.matcher(name).matches();
	}

	public boolean isLatest() {
		return this.number == null && this.tag == null;
	}

	/**
	 * @return the canonical text: {@code latest}, {@code 3} or {@code prod}
	 */
	public String text() {
		if (this.number != null) {
			return this.number.toString();
		}
		return (this.tag != null) ? this.tag : LATEST_TEXT;
	}

	@Override
	public String toString() {
		return text();
	}

	private static int parseNumber(String digits) {
		try {
			return Integer.parseInt(digits);
		}
		catch (NumberFormatException ex) {
			throw new FieldException(FIELD, "version_invalid", "No agent has that many versions");
		}
	}

}
