package io.trunkline.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;

import io.trunkline.base.FieldException;

/**
 * Shows a service's {@link FieldException} at the form field it came from.
 */
public final class FieldErrors {

	private FieldErrors() {
	}

	/**
	 * @return whether the binder has a field for the exception's property; when not, the
	 * caller shows the message elsewhere
	 */
	public static boolean show(Binder<?> binder, FieldException ex) {
		return binder.getBinding(ex.getField())
			.map((binding) -> binding.getField())
			.filter(HasValidation.class::isInstance)
			.map((field) -> {
				HasValidation validated = (HasValidation) field;
				validated.setErrorMessage(ex.getMessage());
				validated.setInvalid(true);
				return true;
			})
			.orElse(false);
	}

}
