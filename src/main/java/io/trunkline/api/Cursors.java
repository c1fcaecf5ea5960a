package io.trunkline.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of a list: the last id of the page before, so that the next page
 * starts after it whatever was added meanwhile. Clients must not build one.
 */
final class Cursors {

	private static final String VERSION = "v1:";

	private Cursors() {
	}

	static String after(long id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((VERSION + id).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * @return the id to start after: 0 without a cursor
	 */
	static long parse(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			if (text.startsWith(VERSION)) {
				long id = Long.parseLong(text.substring(VERSION.length()));
				if (id >= 0) {
					return id;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// Not ours: answered below.
		}
		throw new BadRequestException("invalid_cursor", "This cursor is not one the API gave.");
	}

}
