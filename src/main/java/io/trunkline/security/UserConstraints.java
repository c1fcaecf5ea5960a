package io.trunkline.security;

import java.util.List;
import java.util.Map;

import io.trunkline.base.ConstraintErrors;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;

import org.springframework.stereotype.Component;

/**
 * The people's database constraints that back a rule of {@link UserService}. The role
 * check is not among them: the role comes from a list, so its violation is a fault, not a
 * person's mistake.
 */
@Component
class UserConstraints implements ConstraintErrors {

	static final FieldError EMAIL_TAKEN = new FieldError("email", "email_taken",
			"A user with this email already exists");

	@Override
	public Map<String, FieldError> errors() {
		return Map.of("uk_app_user_email", EMAIL_TAKEN);
	}

	static FieldException emailTaken() {
		return new FieldException(List.of(EMAIL_TAKEN));
	}

}
