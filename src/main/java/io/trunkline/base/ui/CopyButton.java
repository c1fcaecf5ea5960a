package io.trunkline.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Copies a shown-once secret to the clipboard with the browser's
 * {@code navigator.clipboard.writeText}. Where the browser does not allow it (a page not
 * served over HTTPS or localhost, a denied permission), the field's text is selected and
 * the person is told to copy it with the keyboard. The secret is read from the field in
 * the browser, never sent again.
 */
public class CopyButton extends Button {

	static final String COPY = """
			const field = $0;
			const text = field.value;
			if (navigator.clipboard && window.isSecureContext) {
			  return navigator.clipboard.writeText(text).then(() => true, () => false);
			}
			return false;""";

	static final String SELECT = "const field = $0; field.focus(); if (field.inputElement) field.inputElement.select();";

	public static final String COPIED = "Copied to the clipboard";

	public static final String NOT_ALLOWED = "The browser did not allow copying: the text is selected, "
			+ "press Ctrl+C (\u2318C on a Mac) to copy it";

	public CopyButton(String text, TextField source) {
		super(text, VaadinIcon.COPY.create());
		addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		addClickListener(
				(click) -> source.getElement().executeJs(COPY, source.getElement()).then(Boolean.class, (copied) -> {
					if (Boolean.TRUE.equals(copied)) {
						Notifications.success(COPIED);
					}
					else {
						notAllowed(source);
					}
				}, (error) -> notAllowed(source)));
	}

	private static void notAllowed(TextField source) {
		source.getElement().executeJs(SELECT, source.getElement());
		Notifications.error(NOT_ALLOWED);
	}

}
