package io.trunkline.phonenumber;

import io.trunkline.base.FieldException;

/**
 * A phone number that Trunkline cannot store; the message says why and is shown at the
 * number field.
 */
public class InvalidNumberException extends FieldException {

	/**
	 * The field the message belongs to.
	 */
	public static final String FIELD = "number";

	/**
	 * @param code one of the number codes of {@link NumberErrors}
	 */
	public InvalidNumberException(String code, String message) {
		super(FIELD, code, message);
	}

}
