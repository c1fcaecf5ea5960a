package io.trunkline.phonenumber;

import java.util.List;

import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;

/**
 * A number the organization has already: the field errors of the save (views show them as
 * any others), and the id of the number that is there, which the API answers as 409.
 */
public class NumberPresentException extends FieldException {

	private final long existingId;

	NumberPresentException(List<FieldError> errors, long existingId) {
		super(errors);
		this.existingId = existingId;
	}

	/**
	 * @return the id of the organization's number with the same normalized form
	 */
	public long getExistingId() {
		return this.existingId;
	}

}
