package io.trunkline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import io.trunkline.base.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of an import with their verdicts as CSV. Every cell that came from the input
 * is neutralized, so a spreadsheet never runs it as a formula.
 */
public final class ImportReport {

	static final String[] HEADER = { "line", "input", "normalized", "international", "name", "verdict", "reason" };

	private ImportReport() {
	}

	public static void write(ImportPlan plan, Writer out) {
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (ReviewRow row : plan.all()) {
				csv.printRecord(row.line(), CsvCells.safe(row.input()), CsvCells.safe(row.normalized()),
						CsvCells.safe(row.international()), CsvCells.safe(row.name()), row.status().label(),
						CsvCells.safe(row.reason()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
