package io.trunkline.base;

import java.util.List;

/**
 * One or more rules of the service were broken by the values of a command's fields. Views
 * show every message at its field (all at once); the API answers them as a list with
 * their codes. No message contains a secret.
 */
public class FieldException extends RuntimeException {

	/**
	 * The code of a field error whose rule has no code of its own yet.
	 */
	public static final String INVALID = "invalid_value";

	private final List<FieldError> errors;

	public FieldException(String field, String code, String message) {
		this(List.of(new FieldError(field, code, message)));
	}

	/**
	 * A field error without a specific code; prefer
	 * {@link #FieldException(String, String, String)}.
	 */
	public FieldException(String field, String message) {
		this(field, INVALID, message);
	}

	/**
	 * @param errors every broken rule, at least one, in the order of the form's fields
	 */
	public FieldException(List<FieldError> errors) {
		super(errors.isEmpty() ? "" : errors.get(0).message());
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("A FieldException needs at least one error");
		}
		this.errors = List.copyOf(errors);
	}

	/**
	 * @return every broken rule, at least one
	 */
	public List<FieldError> getErrors() {
		return this.errors;
	}

	/**
	 * @return the field of the first error
	 */
	public String getField() {
		return this.errors.get(0).field();
	}

	/**
	 * @return the code of the first error
	 */
	public String getCode() {
		return this.errors.get(0).code();
	}

}
