package io.trunkline.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText}; the message names the refused character's code and position.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

	private boolean multiline;

	@Override
	public void initialize(PlainText annotation) {
		this.multiline = annotation.multiline();
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		String problem = ControlCharacters.problem(value, this.multiline);
		if (problem == null) {
			return true;
		}
		// Only digits and letters of our own making go into the template: no user text.
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
		return false;
	}

}
