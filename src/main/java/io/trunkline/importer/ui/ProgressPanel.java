package io.trunkline.importer.ui;

import io.trunkline.base.ui.Counts;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportStatus;

/**
 * Where an import is: its source, status, rows done of the total, a bar, the rate, and
 * Cancel (confirmed) while it has not finished.
 */
class ProgressPanel extends VerticalLayout {

	final H2 source = new H2();

	final Span status = new Span();

	final Span rows = new Span();

	final ProgressBar bar = new ProgressBar();

	final Span rate = new Span();

	final Span message = new Span();

	final Button cancel = new Button("Cancel import");

	ProgressPanel(Runnable onCancel) {
		setPadding(false);
		addClassName("progress-panel");
		this.status.addClassName("import-status");
		this.rate.addClassName("import-rate");
		this.message.addClassName("import-message");
		this.bar.setWidthFull();
		this.bar.getElement().setAttribute("aria-label", "Rows imported");
		this.cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.cancel.addClickListener((click) -> confirm(onCancel).open());
		Div figures = new Div(this.rows, this.rate);
		figures.addClassName("import-figures");
		add(this.source, this.status, this.bar, figures, this.message, this.cancel);
	}

	void show(ImportProgress progress) {
		this.source.setText("Import #" + progress.batchId() + ": " + progress.sourceName());
		this.status.setText(progress.status().label());
		this.status.getElement().setAttribute("data-status", progress.status().name().toLowerCase(Locale.ROOT));
		this.rows.setText(Counts.of(progress.done()) + " of " + Counts.of(progress.toImport()) + " rows done");
		this.bar.setValue((progress.toImport() > 0) ? Math.min(1.0, (double) progress.done() / progress.toImport())
				: (progress.status().finished() ? 1.0 : 0.0));
		this.bar.setIndeterminate(progress.status() == ImportStatus.WAITING);
		this.rate.setText(Counts.of(progress.rowsPerSecond()) + " rows/s");
		this.rate.setVisible(progress.status() != ImportStatus.WAITING);
		this.message.setText(progress.message());
		this.message.setVisible(!progress.message().isBlank());
		this.cancel.setVisible(!progress.status().finished());
	}

	private static ConfirmDialog confirm(Runnable onCancel) {
		ConfirmDialog dialog = new ConfirmDialog("Cancel this import?",
				"It stops after the rows it is writing now. With “ready rows only”, the numbers imported so far "
						+ "stay; with “all or nothing”, none do.",
				"Cancel import", (event) -> onCancel.run());
		dialog.setCancelable(true);
		dialog.setCancelText("Keep importing");
		dialog.setConfirmButtonTheme("error primary");
		return dialog;
	}

}
