package io.trunkline.importer.ui;

import io.trunkline.base.ui.Counts;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ReviewRow;
import io.trunkline.importer.RowStatus;
import io.trunkline.phonenumber.ui.PhoneNumberListView;

/**
 * What a finished import did: how many numbers it imported, the skipped rows with their
 * reasons, a link to the imported numbers, and the final report while it is kept.
 */
class ImportSummary extends VerticalLayout {

	final Span imported = new Span();

	final Span skipped = new Span();

	final RouterLink numbers = new RouterLink();

	final Grid<ReviewRow> skippedRows = new Grid<>();

	final Paragraph reportGone = new Paragraph("The row report is no longer kept; the counts above are final.");

	private final HorizontalLayout actions = new HorizontalLayout();

	ImportSummary() {
		setPadding(false);
		addClassName("import-summary");
		this.numbers.setText("Show these numbers");
		this.numbers.setRoute(PhoneNumberListView.class);
		this.actions.setAlignItems(FlexComponent.Alignment.CENTER);
		this.skippedRows.addColumn(ReviewRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
		this.skippedRows.addColumn(ReviewRow::input).setHeader("Input").setWidth("12rem").setFlexGrow(1);
		this.skippedRows.addColumn(ReviewRow::international).setHeader("International").setAutoWidth(true);
		this.skippedRows.addColumn((row) -> row.status().label()).setHeader("Verdict").setAutoWidth(true);
		this.skippedRows.addColumn(ReviewRow::reason)
			.setHeader("Reason")
			.setKey("reason")
			.setWidth("16rem")
			.setFlexGrow(3)
			.setTooltipGenerator(ReviewRow::reason);
		this.skippedRows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		this.skippedRows.setTooltipGenerator(ReviewStep::tooltip);
		this.skippedRows.setHeight("18rem");
		this.skippedRows.setWidthFull();
		this.imported.addClassName("summary-imported");
		this.skipped.addClassName("summary-skipped");
		add(new H3("Summary"), this.imported, this.skipped, this.actions, this.skippedRows, this.reportGone);
		setVisible(false);
	}

	void show(ImportProgress progress, ImportPlan report) {
		this.imported.setText("Imported: " + Counts.of(progress.imported(), "number", "numbers"));
		this.skipped.setText("Skipped: " + Counts.of(progress.skipped(), "row", "rows")
				+ ((progress.skipped() > 0 && report != null) ? ", with the reasons below" : ""));
		this.numbers.setQueryParameters(QueryParameters.of("import", String.valueOf(progress.batchId())));
		this.numbers.setVisible(progress.imported() > 0);
		this.actions.removeAll();
		this.actions.add(this.numbers);
		boolean kept = report != null && progress.reportAvailable();
		if (kept) {
			Anchor download = ReportDownload.anchor("Download final report (CSV)", () -> report, "report");
			this.actions.add(download);
			List<ReviewRow> notImported = report.rows(null, 0, Integer.MAX_VALUE)
				.stream()
				.filter((row) -> row.status() != RowStatus.IMPORTED)
				.toList();
			this.skippedRows.setItems(notImported);
			this.skippedRows.setVisible(!notImported.isEmpty());
		}
		else {
			this.skippedRows.setVisible(false);
		}
		this.reportGone.setVisible(!kept);
		setVisible(true);
	}

}
