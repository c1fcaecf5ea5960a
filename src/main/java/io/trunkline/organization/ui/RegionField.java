package io.trunkline.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;

import io.trunkline.organization.Regions;

/**
 * Picks a region by name or code. What is typed and confirmed with Enter (or by leaving
 * the field) is looked up: a code ({@code GB}), a name, or a part only one region has.
 * Text that matches no region, or several, clears the value and is an error at the field;
 * the form never falls back to the region shown before.
 */
class RegionField extends ComboBox<String> {

	private String unmatched;

	RegionField(String label) {
		super(label);
		setItems(Regions.all());
		setItemLabelGenerator(Regions::label);
		setAllowCustomValue(true);
		addCustomValueSetListener((typed) -> pick(typed.getDetail()));
		addValueChangeListener((change) -> {
			if (change.getValue() != null) {
				this.unmatched = null;
			}
		});
	}

	/** Binds the field to a region property: required, and never an unmatched text. */
	<T> void bind(Binder<T> binder, String property) {
		binder.forField(this)
			.withValidator((value) -> this.unmatched == null,
					(value) -> "No region matches \u201c" + this.unmatched + "\u201d: choose one from the list")
			.asRequired("Choose a default region")
			.bind(property);
	}

	private void pick(String typed) {
		Regions.find(typed).ifPresentOrElse(this::setValue, () -> {
			clear();
			this.unmatched = typed.strip();
			setErrorMessage("No region matches \u201c" + this.unmatched + "\u201d: choose one from the list");
			setInvalid(true);
		});
	}

}
