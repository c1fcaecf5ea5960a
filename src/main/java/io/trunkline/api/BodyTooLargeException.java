package io.trunkline.api;

import java.io.IOException;

/**
 * Thrown while reading a request body that passes the API's limit (a chunked body whose
 * length was not said up front); answered 413, natively or in a platform's shape.
 */
public final class BodyTooLargeException extends IOException {

	private final long maxBytes;

	BodyTooLargeException(long maxBytes) {
		super(message(maxBytes));
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** The text of every 413 answer. */
	static String message(long maxBytes) {
		return "The request body is larger than " + maxBytes + " bytes.";
	}

}
