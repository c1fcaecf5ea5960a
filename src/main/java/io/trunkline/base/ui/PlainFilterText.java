package io.trunkline.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import io.trunkline.base.ControlCharacters;

/**
 * A filter's text field under the {@link io.trunkline.base.PlainText} rule: while it
 * holds a control character the field shows why, and the filter keeps the last plain
 * text. Create it before adding the field's other listeners, so that it checks first.
 */
public final class PlainFilterText {

	private final TextField field;

	private String accepted;

	public PlainFilterText(TextField field) {
		this.field = field;
		this.accepted = field.getValue();
		field.addValueChangeListener((event) -> check());
	}

	/**
	 * @return the text to filter by: what the field holds, or the last plain text while
	 * it holds a control character
	 */
	public String value() {
		return this.accepted;
	}

	private void check() {
		String problem = ControlCharacters.problem(this.field.getValue(), false);
		this.field.setInvalid(problem != null);
		this.field.setErrorMessage(problem);
		if (problem == null) {
			this.accepted = this.field.getValue();
		}
	}

}
