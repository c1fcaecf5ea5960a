package io.trunkline.base;

/**
 * A rule of the service was broken by the value of one field. Views show the message at
 * that field; the message never contains a secret.
 */
public class FieldException extends RuntimeException {

	private final String field;

	public FieldException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * @return the name of the field (the command's property) the message belongs to
	 */
	public String getField() {
		return this.field;
	}

}
