package io.trunkline.phonenumber;

import java.util.Map;

import io.trunkline.base.ConstraintErrors;
import io.trunkline.base.FieldError;

import org.springframework.stereotype.Component;

/**
 * The numbers' database constraints that back a rule of {@link PhoneNumberService}.
 */
@Component
class NumberConstraints implements ConstraintErrors {

	static final String UNIQUE_NUMBER = "uk_phone_number_org_number";

	@Override
	public Map<String, FieldError> errors() {
		return Map.of(UNIQUE_NUMBER,
				new FieldError("number", NumberErrors.NUMBER_ALREADY_PRESENT, PhoneNumberService.DUPLICATE));
	}

}
