package io.trunkline.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.trunkline.base.FieldException;

/**
 * Decodes an upload as UTF-8, strictly: a byte-order mark is dropped; binary data, UTF-16
 * and bytes that are not UTF-8 are refused with the line they are on.
 */
final class TextDecoding {

	private static final String FIELD = "file";

	private TextDecoding() {
	}

	static String decode(byte[] bytes, ImportLimits limits) {
		if (bytes == null || bytes.length == 0) {
			throw new FieldException(FIELD, ImportErrors.FILE_EMPTY, "The file is empty");
		}
		if (bytes.length > limits.maxBytes()) {
			throw new FieldException(FIELD, ImportErrors.FILE_TOO_LARGE, limits.fileTooLarge());
		}
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			throw new FieldException(FIELD, ImportErrors.FILE_UTF16,
					"The file is UTF-16 text: save it as CSV UTF-8 and upload it again");
		}
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new FieldException(FIELD, ImportErrors.FILE_BINARY,
						"This is not a CSV file: it holds binary data");
			}
		}
		return strict(bytes, start);
	}

	private static String strict(byte[] bytes, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw new FieldException(FIELD, ImportErrors.FILE_ENCODING, "Line " + lineOf(bytes, in.position())
					+ " has bytes that are not UTF-8 text: save the file as CSV UTF-8 and upload it again");
		}
		return out.flip().toString();
	}

	private static int lineOf(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
