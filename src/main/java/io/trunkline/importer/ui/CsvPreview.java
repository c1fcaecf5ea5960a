package io.trunkline.importer.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;

import io.trunkline.importer.ColumnMapping;
import io.trunkline.importer.ImportColumn;
import io.trunkline.importer.ImportRow;

/**
 * The first rows of a file as the mapping reads them: its line, then each mapped field.
 */
class CsvPreview extends Grid<ImportRow> {

	static final int ROWS = 5;

	CsvPreview() {
		setAllRowsVisible(true);
		setWidthFull();
	}

	void show(ColumnMapping mapping, List<ImportRow> rows) {
		removeAllColumns();
		addColumn(ImportRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
		for (ImportColumn column : ImportColumn.values()) {
			if (mapping.index(column).isPresent()) {
				addColumn((row) -> value(row, column)).setHeader(column.label()).setAutoWidth(true);
			}
		}
		setItems(rows.subList(0, Math.min(ROWS, rows.size())));
	}

	void clear() {
		setItems(List.of());
	}

	private static String value(ImportRow row, ImportColumn column) {
		return switch (column) {
			case NUMBER -> row.number();
			case NAME -> row.name();
			case DESCRIPTION -> row.description();
			case INBOUND_AGENT -> row.inboundAgent();
			case OUTBOUND_AGENT -> row.outboundAgent();
			case TRUNK -> row.trunk();
		};
	}

}
