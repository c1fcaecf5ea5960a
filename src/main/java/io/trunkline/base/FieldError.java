package io.trunkline.base;

import java.util.Objects;

/**
 * One broken rule at one field: the command's property (or a JSON-pointer-like path such
 * as {@code inbound/1/weight}), a stable machine code that API clients may rely on (such
 * as {@code number_already_present}), and the message a person reads. The message never
 * contains a secret.
 */
public record FieldError(String field, String code, String message) {

	public FieldError {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

}
