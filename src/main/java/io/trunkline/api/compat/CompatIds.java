package io.trunkline.api.compat;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trunkline's numeric ids as the UUIDs a platform's answer and request carry
 * ({@code string<uuid>}): the id in decimal, zero-padded, as the last group of the nil
 * UUID, so that trunk 42 is {@code 00000000-0000-0000-0000-000000000042}. Readable, and
 * back to the id without a lookup table.
 */
final class CompatIds {

	static final Pattern UUID = Pattern
		.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

	private static final Pattern OURS = Pattern.compile("^00000000-0000-0000-0000-([0-9]{12})$");

	private CompatIds() {
	}

	static String uuid(long id) {
		return "00000000-0000-0000-0000-%012d".formatted(id);
	}

	/** The id a UUID of {@link #uuid(long)}'s form holds; empty for any other UUID. */
	static OptionalLong id(String uuid) {
		Matcher matcher = OURS.matcher(uuid);
		return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
	}

}
