package io.trunkline.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;

import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;

/**
 * Shows a service's {@link FieldException} at the form fields its errors came from, all
 * at once.
 */
public final class FieldErrors {

	private FieldErrors() {
	}

	/**
	 * Marks every field of the binder that has an error.
	 * @return the errors whose property has no field in the binder; the caller shows them
	 * elsewhere (empty when all were shown)
	 */
	public static List<FieldError> showAll(Binder<?> binder, FieldException ex) {
		List<FieldError> rest = new ArrayList<>();
		for (FieldError error : ex.getErrors()) {
			if (!show(binder, error)) {
				rest.add(error);
			}
		}
		return rest;
	}

	/**
	 * @return whether every error of the exception was shown at a field of the binder
	 */
	public static boolean show(Binder<?> binder, FieldException ex) {
		return showAll(binder, ex).isEmpty();
	}

	private static boolean show(Binder<?> binder, FieldError error) {
		return binder.getBinding(error.field())
			.map((binding) -> binding.getField())
			.filter(HasValidation.class::isInstance)
			.map((field) -> {
				HasValidation validated = (HasValidation) field;
				validated.setErrorMessage(error.message());
				validated.setInvalid(true);
				return true;
			})
			.orElse(false);
	}

}
