package io.trunkline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import io.trunkline.base.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of an import with their verdicts as CSV. Every cell that came from the input
 * is neutralized, so a spreadsheet never runs it as a formula.
 */
public final class ImportReport {

	static final String[] HEADER = { "line", "input", "normalized", "international", "name", "verdict", "reason" };

	static final int PAGE = 5000;

	private ImportReport() {
	}

	/** Writes every row, read from the database a page at a time. */
	public static void write(ImportPlan plan, Writer out) {
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			int after = 0;
			List<ReviewRow> page;
			do {
				page = plan.rowsAfter(null, after, PAGE);
				for (ReviewRow row : page) {
					csv.printRecord(row.line(), CsvCells.safe(row.input()), CsvCells.safe(row.normalized()),
							CsvCells.safe(row.international()), CsvCells.safe(row.name()), row.status().label(),
							CsvCells.safe(row.reason()));
					after = row.line();
				}
			}
			while (page.size() == PAGE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
