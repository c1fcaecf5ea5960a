package io.trunkline.phonenumber;

import java.util.List;

import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;

/**
 * What {@link NumberChecker} made of an input: a draft to store, or every field error.
 *
 * @param normalized the normalized number, also when another field is wrong; {@code null}
 * when the number itself is
 * @param draft the number to store, {@code null} when there are errors
 * @param errors every broken rule, in the order of the form's fields; empty for a draft
 */
public record NumberCheck(NormalizedNumber normalized, NumberDraft draft, List<FieldError> errors) {

	public NumberCheck {
		errors = List.copyOf(errors);
	}

	public boolean ok() {
		return this.errors.isEmpty();
	}

	/**
	 * @return the draft
	 * @throws FieldException with every error when there are any
	 */
	public NumberDraft orThrow() {
		if (!ok()) {
			throw new FieldException(this.errors);
		}
		return this.draft;
	}

}
