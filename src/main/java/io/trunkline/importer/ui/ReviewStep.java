package io.trunkline.importer.ui;

import io.trunkline.base.ui.Counts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ReviewRow;
import io.trunkline.importer.RowStatus;

/**
 * Step 4: the dry run. Counts per verdict, every row in a lazy grid with a verdict
 * filter, the report as CSV, and how to import.
 */
class ReviewStep extends VerticalLayout {

	static final List<RowStatus> VERDICTS = List.of(RowStatus.READY, RowStatus.INVALID, RowStatus.DUPLICATE_IN_FILE,
			RowStatus.ALREADY_PRESENT);

	final Span source = new Span();

	final Map<RowStatus, Span> counts = new EnumMap<>(RowStatus.class);

	final Select<RowStatus> verdict = new Select<>();

	final Grid<ReviewRow> grid = new Grid<>();

	final Anchor download;

	final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>("How to import");

	final Button importButton = new Button("Import", VaadinIcon.UPLOAD.create());

	private ImportPlan plan;

	ReviewStep(BiConsumer<ImportPlan, ImportMode> onImport) {
		setPadding(false);
		this.source.addClassName("review-source");
		Div stats = new Div();
		stats.addClassName("import-counts");
		for (RowStatus status : VERDICTS) {
			Span value = new Span("0");
			value.addClassName("count-value");
			Span label = new Span(status.label());
			label.addClassName("count-label");
			Div stat = new Div(value, label);
			stat.addClassNames("count", status.name().toLowerCase().replace('_', '-'));
			this.counts.put(status, value);
			stats.add(stat);
		}
		this.verdict.setLabel("Verdict");
		this.verdict.setItems(VERDICTS);
		this.verdict.setItemLabelGenerator((status) -> (status != null) ? status.label() : "All rows");
		this.verdict.setEmptySelectionAllowed(true);
		this.verdict.setEmptySelectionCaption("All rows");
		this.verdict.addValueChangeListener((change) -> this.grid.getDataProvider().refreshAll());
		this.download = ReportDownload.anchor("Download report (CSV)", () -> this.plan, "review");
		HorizontalLayout tools = new HorizontalLayout(this.verdict, this.download);
		tools.setAlignItems(FlexComponent.Alignment.BASELINE);
		configureGrid();
		this.mode.setItems(ImportMode.values());
		this.mode.setItemLabelGenerator((value) -> (value == ImportMode.READY_ROWS) ? "Import the ready rows only"
				: "All or nothing: import only if every row is ready");
		this.mode.setValue(ImportMode.READY_ROWS);
		this.mode.addValueChangeListener((change) -> showModeError(null));
		this.importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.importButton.addClickListener((click) -> onImport.accept(this.plan, this.mode.getValue()));
		add(this.source, stats, tools, this.grid, this.mode);
	}

	private void configureGrid() {
		// wide enough for the last line of a million rows, which the first page cannot
		// size
		this.grid.addColumn(ReviewRow::line).setHeader("Line").setWidth("5.5rem").setFlexGrow(0);
		this.grid.addColumn(ReviewRow::input).setHeader("Input").setWidth("12rem").setFlexGrow(1);
		this.grid.addColumn(ReviewRow::international).setHeader("International").setAutoWidth(true);
		this.grid.addColumn(ReviewRow::normalized).setHeader("Normalized").setAutoWidth(true);
		this.grid.addColumn(ReviewRow::name).setHeader("Name").setAutoWidth(true);
		this.grid.addColumn((row) -> row.status().label()).setHeader("Verdict").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(ReviewRow::reason)
			.setHeader("Reason")
			.setKey("reason")
			.setWidth("16rem")
			.setFlexGrow(3)
			.setTooltipGenerator(ReviewRow::reason);
		// A long reason wraps onto more lines rather than being cut.
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
		this.grid.setTooltipGenerator(ReviewStep::tooltip);
		this.grid.setItems(
				(query) -> (this.plan != null)
						? this.plan.rows(this.verdict.getValue(), query.getOffset(), query.getLimit()).stream()
						: java.util.stream.Stream.empty(),
				(query) -> (this.plan != null) ? this.plan.count(this.verdict.getValue()) : 0);
		// The rest of the window's height, but never fewer than about eight rows.
		this.grid.addClassName("review-grid");
		this.grid.setWidthFull();
	}

	/** The whole row in words, for cells cut short. */
	static String tooltip(ReviewRow row) {
		return "Line " + row.line() + ": " + row.input() + " · " + row.status().label()
				+ (row.reason().isEmpty() ? "" : " · " + row.reason());
	}

	void show(ImportPlan next) {
		this.plan = next;
		int total = next.count(null);
		this.source.setText(next.sourceName() + " · " + Counts.of(total, "row", "rows"));
		VERDICTS.forEach((status) -> this.counts.get(status).setText(Counts.of(next.count(status))));
		this.verdict.clear();
		this.mode.setValue(ImportMode.READY_ROWS);
		showModeError(null);
		this.grid.getDataProvider().refreshAll();
	}

	void showModeError(String message) {
		this.mode.setErrorMessage(message);
		this.mode.setInvalid(message != null);
	}

}
