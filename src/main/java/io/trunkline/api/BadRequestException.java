package io.trunkline.api;

/**
 * A request parameter the API cannot use (400), with its stable code.
 */
class BadRequestException extends RuntimeException {

	private final String code;

	BadRequestException(String code, String message) {
		super(message);
		this.code = code;
	}

	String code() {
		return this.code;
	}

}
