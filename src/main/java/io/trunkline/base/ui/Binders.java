package io.trunkline.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * The binder every form uses: Bean Validation, and every field whose property is
 * {@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank} or has a minimum {@code @Size}
 * shows the required indicator before the first save (Vaadin's default leaves out
 * {@code @NotBlank}).
 */
public final class Binders {

	private static final RequiredFieldConfigurator REQUIRED = RequiredFieldConfigurator.DEFAULT
		.chain((annotation, descriptor) -> annotation.annotationType().equals(NotBlank.class));

	private Binders() {
	}

	public static <T> BeanValidationBinder<T> of(Class<T> type) {
		BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
		binder.setRequiredConfigurator(REQUIRED);
		return binder;
	}

}
