package io.trunkline.organization;

import java.util.List;
import java.util.Map;

import io.trunkline.base.ConstraintErrors;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;

import org.springframework.stereotype.Component;

/**
 * The organizations' database constraints that back a rule of
 * {@link OrganizationService}.
 */
@Component
class OrganizationConstraints implements ConstraintErrors {

	static final FieldError SLUG_TAKEN = new FieldError("slug", "slug_taken",
			"This slug is taken by another organization");

	@Override
	public Map<String, FieldError> errors() {
		return Map.of("uk_organization_slug", SLUG_TAKEN);
	}

	static FieldException slugTaken() {
		return new FieldException(List.of(SLUG_TAKEN));
	}

}
