package io.trunkline.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;

/**
 * A write-only secret: shows whether one is stored ("set" or "not set") and takes a
 * replacement. The stored value is never sent to the browser.
 */
public class SecretField extends PasswordField {

	public SecretField(String label, int maxLength) {
		super(label);
		setMaxLength(maxLength);
		setRevealButtonVisible(true);
		setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
		showStored(false);
	}

	/**
	 * Tells the person whether a secret is stored, and clears what was typed.
	 */
	public void showStored(boolean set) {
		clear();
		setPlaceholder(set ? "Set: type to replace" : "Not set");
		setHelperText(set ? "A value is stored. Leave empty to keep it." : "No value is stored.");
	}

}
