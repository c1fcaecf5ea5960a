package io.trunkline.importer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import io.trunkline.base.ui.Counts;

/**
 * How far a dry run running in the background has come: the rows checked, as words and a
 * bar.
 */
class CheckingRows extends Div {

	final Span text = new Span();

	final ProgressBar bar = new ProgressBar();

	CheckingRows() {
		this.text.addClassName("dry-run-checking");
		this.text.getElement().setAttribute("aria-live", "polite");
		this.bar.setWidth("20rem");
		add(this.text, this.bar);
		setVisible(false);
	}

	void show(int checked, int total) {
		this.text.setText("Checking rows: " + Counts.of(checked) + " of " + Counts.of(total) + " checked");
		this.bar.setValue((total > 0) ? Math.min(1.0, (double) checked / total) : 0.0);
	}

}
