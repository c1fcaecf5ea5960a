package io.trunkline.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.trunkline.base.FieldException;

/**
 * Checks an upload as UTF-8 text, strictly, reading it as a stream: a byte-order mark is
 * dropped; binary data, UTF-16 and bytes that are not UTF-8 are refused with the line
 * they are on. Nothing of the file is held beyond a buffer.
 */
final class TextDecoding {

	private static final String FIELD = "file";

	private static final int BUFFER = 64 * 1024;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TextDecoding() {
	}

	/**
	 * @throws FieldException at {@code file} for an empty, blank, oversized, binary,
	 * UTF-16 or non-UTF-8 upload
	 */
	static void check(UploadedBytes bytes, ImportLimits limits) {
		try {
			long length = bytes.length();
			if (length == 0) {
				throw new FieldException(FIELD, ImportErrors.FILE_EMPTY, "The file is empty");
			}
			if (length > limits.maxBytes()) {
				throw new FieldException(FIELD, ImportErrors.FILE_TOO_LARGE, limits.fileTooLarge());
			}
			byte[] start = firstBytes(bytes);
			if (startsWith(start, 0xFF, 0xFE) || startsWith(start, 0xFE, 0xFF)) {
				throw new FieldException(FIELD, ImportErrors.FILE_UTF16,
						"The file is UTF-16 text: save it as CSV UTF-8 and upload it again");
			}
			if (!hasText(bytes)) {
				throw new FieldException(FIELD, ImportErrors.FILE_EMPTY, "The file is empty");
			}
			strict(bytes);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	/** The checked text, without its byte-order mark. */
	static Reader open(UploadedBytes bytes) {
		try {
			return new BufferedReader(new InputStreamReader(open(bytes.open()), StandardCharsets.UTF_8), BUFFER);
		}
		catch (IOException ex) {
			throw unreadable(ex);
		}
	}

	static FieldException unreadable(IOException ex) {
		return new FieldException(FIELD, ImportErrors.CSV_INVALID, "The file cannot be read: " + ex.getMessage());
	}

	static FieldException unreadable(UncheckedIOException ex) {
		return unreadable(ex.getCause());
	}

	/**
	 * Whether the upload holds anything but white space, and no NUL byte (binary data).
	 */
	private static boolean hasText(UploadedBytes bytes) throws IOException {
		boolean text = false;
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = open(bytes.open())) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					byte b = buffer[i];
					if (b == 0) {
						throw new FieldException(FIELD, ImportErrors.FILE_BINARY,
								"This is not a CSV file: it holds binary data");
					}
					text |= !(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B);
				}
			}
		}
		return text;
	}

	private static void strict(UploadedBytes bytes) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(BUFFER);
		CharBuffer out = CharBuffer.allocate(BUFFER);
		long line = 1;
		try (InputStream stream = open(bytes.open())) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				end = read < 0;
				in.position(in.position() + Math.max(0, read));
				in.flip();
				CoderResult result = decoder.decode(in, out, end);
				if (!result.isError() && end) {
					result = decoder.flush(out);
				}
				line += newlines(in.array(), in.position());
				if (result.isError()) {
					throw new FieldException(FIELD, ImportErrors.FILE_ENCODING, "Line " + line
							+ " has bytes that are not UTF-8 text: save the file as CSV UTF-8 and upload it again");
				}
				out.clear();
				in.compact();
			}
		}
	}

	/** The raw stream without a leading byte-order mark. */
	private static InputStream open(InputStream raw) throws IOException {
		InputStream in = new BufferedInputStream(raw, BUFFER);
		in.mark(BOM.length);
		if (!startsWith(in.readNBytes(BOM.length), 0xEF, 0xBB, 0xBF)) {
			in.reset();
		}
		return in;
	}

	private static int newlines(byte[] bytes, int end) {
		int count = 0;
		for (int i = 0; i < end; i++) {
			if (bytes[i] == '\n') {
				count++;
			}
		}
		return count;
	}

	private static byte[] firstBytes(UploadedBytes bytes) throws IOException {
		try (InputStream in = bytes.open()) {
			return in.readNBytes(BOM.length);
		}
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
