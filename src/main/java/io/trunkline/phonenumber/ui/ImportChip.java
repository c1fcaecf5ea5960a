package io.trunkline.phonenumber.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Shows that the grid holds one import's numbers only ("Import #12 only"), with a button
 * that removes that filter.
 */
class ImportChip extends Span {

	final Span text = new Span();

	final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

	ImportChip(Runnable onRemove) {
		addClassName("filter-chip");
		this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
		this.remove.setAriaLabel("Show the numbers of every import");
		this.remove.addClickListener((click) -> onRemove.run());
		add(this.text, this.remove);
		show(null);
	}

	void show(Long batchId) {
		this.text.setText((batchId != null) ? "Import #" + batchId + " only" : "");
		setVisible(batchId != null);
	}

}
