package io.trunkline.phonenumber.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows that the grid holds one import's numbers only ("Import #12 only"), with a button
 * that removes that filter. Its parts are made the first time it shows.
 */
class ImportChip extends Span {

	Span text;

	Button remove;

	private final Runnable onRemove;

	ImportChip(Runnable onRemove) {
		this.onRemove = onRemove;
		addClassName("filter-chip");
		setVisible(false);
	}

	void show(Long batchId) {
		if (this.text == null && batchId != null) {
			this.text = new Span();
			this.remove = new Button(VaadinIcon.CLOSE_SMALL.create());
			this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
			this.remove.setAriaLabel("Show the numbers of every import");
			this.remove.addClickListener((click) -> this.onRemove.run());
			add(this.text, this.remove);
		}
		if (this.text != null) {
			this.text.setText((batchId != null) ? "Import #" + batchId + " only" : "");
		}
		setVisible(batchId != null);
	}

}
