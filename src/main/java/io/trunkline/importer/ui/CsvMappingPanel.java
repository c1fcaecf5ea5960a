package io.trunkline.importer.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import io.trunkline.base.FieldException;
import io.trunkline.importer.ColumnMapping;
import io.trunkline.importer.CsvSource;
import io.trunkline.importer.ImportColumn;
import io.trunkline.importer.RowSource;

/**
 * An uploaded file's name, its delimiter, which column feeds which field (recognized from
 * the header names first), and the first rows as they will be read.
 */
class CsvMappingPanel extends VerticalLayout {

	static final int NOT_IN_FILE = -1;

	final Span fileName = new Span();

	final Select<Character> delimiter = new Select<>();

	final Map<ImportColumn, Select<Integer>> columns = new EnumMap<>(ImportColumn.class);

	final Span mappingError = new Span();

	final CsvPreview preview = new CsvPreview();

	private final Consumer<String> fileError;

	private CsvSource source;

	private boolean updating;

	CsvMappingPanel(Consumer<String> fileError) {
		this.fileError = fileError;
		setPadding(false);
		addClassName("csv-mapping");
		this.fileName.addClassName("csv-file-name");
		this.delimiter.setLabel("Delimiter");
		this.delimiter.setItems(',', ';', '\t');
		this.delimiter.setItemLabelGenerator(CsvMappingPanel::delimiterName);
		this.delimiter.addValueChangeListener((change) -> {
			if (!this.updating && change.getValue() != null) {
				changeDelimiter(change.getValue());
			}
		});
		FormLayout form = new FormLayout();
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
		for (ImportColumn column : ImportColumn.values()) {
			Select<Integer> select = new Select<>();
			select.setLabel(column.label());
			select.addValueChangeListener((change) -> {
				if (!this.updating) {
					refresh();
				}
			});
			this.columns.put(column, select);
			form.add(select);
		}
		this.columns.get(ImportColumn.NUMBER).setRequiredIndicatorVisible(true);
		this.mappingError.addClassName("field-error");
		HorizontalLayout file = new HorizontalLayout(this.fileName, this.delimiter);
		file.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(file, new H4("Columns"), form, this.mappingError, new H4("First rows"), this.preview);
		clear();
	}

	/** Shows a freshly read file with the mapping recognized from its header. */
	void show(CsvSource file) {
		read(file);
		setVisible(this.source != null);
	}

	void clear() {
		this.source = null;
		setVisible(false);
	}

	boolean hasFile() {
		return this.source != null;
	}

	String fileName() {
		return this.source.fileName();
	}

	/**
	 * The rows under the current mapping, read through once to count them (the file stays
	 * on disk), or nothing when an error is now shown.
	 */
	Optional<RowSource> rows() {
		if (this.source == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.source.scan(mapping()));
		}
		catch (FieldException ex) {
			this.preview.clear();
			showError(ex);
			return Optional.empty();
		}
	}

	private void changeDelimiter(char next) {
		try {
			read(this.source.withDelimiter(next));
		}
		catch (FieldException ex) {
			this.fileError.accept(ex.getMessage());
		}
	}

	private void read(CsvSource file) {
		this.source = file;
		this.updating = true;
		try {
			this.fileName.setText("File: " + file.fileName() + " · " + file.headers().size()
					+ (file.headers().size() == 1 ? " column" : " columns"));
			this.delimiter.setValue(file.delimiter());
			ColumnMapping suggested = file.suggestedMapping();
			List<Integer> choices = IntStream.range(NOT_IN_FILE, file.headers().size()).boxed().toList();
			this.columns.forEach((column, select) -> {
				select.clear();
				select.setItemLabelGenerator((index) -> headerName(file, index));
				select.setItems(choices);
				select.setValue(suggested.index(column).orElse(NOT_IN_FILE));
			});
		}
		finally {
			this.updating = false;
		}
		refresh();
	}

	private void refresh() {
		Select<Integer> number = this.columns.get(ImportColumn.NUMBER);
		number.setInvalid(false);
		this.mappingError.setVisible(false);
		try {
			ColumnMapping mapping = mapping();
			this.preview.show(mapping, this.source.firstRows(mapping, CsvPreview.ROWS));
		}
		catch (FieldException ex) {
			this.preview.clear();
			showError(ex);
		}
	}

	/** A file error at the file; a mapping error at the number column or the mapping. */
	private void showError(FieldException ex) {
		Select<Integer> number = this.columns.get(ImportColumn.NUMBER);
		if (!"mapping".equals(ex.getField())) {
			this.fileError.accept(ex.getMessage());
		}
		else if (mapping().index(ImportColumn.NUMBER).isEmpty()) {
			number.setErrorMessage(ex.getMessage());
			number.setInvalid(true);
		}
		else {
			this.mappingError.setText(ex.getMessage());
			this.mappingError.setVisible(true);
		}
	}

	private ColumnMapping mapping() {
		Map<ImportColumn, Integer> chosen = new EnumMap<>(ImportColumn.class);
		this.columns.forEach((column, select) -> {
			if (select.getValue() != null && select.getValue() != NOT_IN_FILE) {
				chosen.put(column, select.getValue());
			}
		});
		return ColumnMapping.of(chosen);
	}

	private static String headerName(CsvSource file, Integer index) {
		if (index == null || index == NOT_IN_FILE) {
			return "Not in the file";
		}
		return (index < file.headers().size()) ? file.headers().get(index) : "";
	}

	static String delimiterName(char delimiter) {
		return switch (delimiter) {
			case ';' -> "Semicolon";
			case '\t' -> "Tab";
			default -> "Comma";
		};
	}

}
