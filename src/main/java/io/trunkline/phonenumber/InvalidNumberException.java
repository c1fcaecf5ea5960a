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

	public InvalidNumberException(String message) {
		super(FIELD, message);
	}

}
