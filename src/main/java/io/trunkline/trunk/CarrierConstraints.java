package io.trunkline.trunk;

import java.util.List;
import java.util.Map;

import io.trunkline.base.ConstraintErrors;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;

import org.springframework.stereotype.Component;

/**
 * The trunks' and integrations' database constraints that back a rule of their services.
 */
@Component
class CarrierConstraints implements ConstraintErrors {

	static final String NAME_TAKEN = "name_taken";

	static final FieldError TRUNK_NAME_TAKEN = new FieldError("name", NAME_TAKEN, "Another trunk has this name");

	static final FieldError INTEGRATION_NAME_TAKEN = new FieldError("name", NAME_TAKEN,
			"Another integration has this name");

	@Override
	public Map<String, FieldError> errors() {
		return Map.of("uk_sip_trunk_name", TRUNK_NAME_TAKEN, "uk_twilio_integration_name", INTEGRATION_NAME_TAKEN);
	}

	static FieldException of(FieldError error) {
		return new FieldException(List.of(error));
	}

}
