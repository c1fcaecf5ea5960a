package io.trunkline.base.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.data.binder.Binder;

import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;

/**
 * Shows what a service refused: every error of a {@link FieldException} at its field at
 * once, and those the form has no field for in one notification.
 */
public final class ServiceErrors {

	private ServiceErrors() {
	}

	public static void show(Binder<?> binder, FieldException ex) {
		List<FieldError> rest = FieldErrors.showAll(binder, ex);
		if (!rest.isEmpty()) {
			Notifications.error(rest.stream().map(FieldError::message).collect(Collectors.joining(" ")));
		}
	}

}
