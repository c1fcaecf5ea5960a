package io.trunkline.api.compat;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request a platform's own rules refuse, with every reason at once; each platform's
 * advice answers it in that platform's error shape.
 */
class CompatException extends RuntimeException {

	private final HttpStatus status;

	private final List<String> messages;

	CompatException(HttpStatus status, List<String> messages) {
		super(String.join("; ", messages));
		this.status = status;
		this.messages = List.copyOf(messages);
	}

	CompatException(HttpStatus status, String message) {
		this(status, List.of(message));
	}

	HttpStatus status() {
		return this.status;
	}

	List<String> messages() {
		return this.messages;
	}

}
