package io.trunkline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.trunkline.base.FieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file, checked and decoded: UTF-8 with or without a byte-order mark, a
 * header row, and comma, semicolon or tab between values, told from the header.
 */
public final class CsvSource {

	private static final String FIELD = "file";

	private final String fileName;

	private final String text;

	private final char delimiter;

	private final ImportLimits limits;

	private final List<String> headers;

	private CsvSource(String fileName, String text, char delimiter, ImportLimits limits) {
		this.limits = limits;
		this.fileName = fileName;
		this.text = text;
		this.delimiter = delimiter;
		this.headers = readHeaders();
	}

	/**
	 * @throws FieldException at {@code file} for an empty, oversized, binary or non-UTF-8
	 * file, or one with a header and no rows
	 */
	public static CsvSource read(String fileName, byte[] bytes, ImportLimits limits) {
		String text = TextDecoding.decode(bytes, limits);
		if (text.isBlank()) {
			throw new FieldException(FIELD, ImportErrors.FILE_EMPTY, "The file is empty");
		}
		return new CsvSource(fileName, text, Delimiters.detect(firstLine(text)), limits);
	}

	/** The same file read with another delimiter. */
	public CsvSource withDelimiter(char delimiter) {
		return new CsvSource(this.fileName, this.text, delimiter, this.limits);
	}

	public String fileName() {
		return this.fileName;
	}

	public char delimiter() {
		return this.delimiter;
	}

	public List<String> headers() {
		return this.headers;
	}

	/** The mapping recognized from the header names. */
	public ColumnMapping suggestedMapping() {
		return ColumnMapping.suggest(this.headers);
	}

	/**
	 * The rows under the header; rows without any value are skipped.
	 * @throws FieldException at {@code mapping} for an unusable mapping, at {@code file}
	 * for too many rows
	 */
	public List<ImportRow> rows(ColumnMapping mapping) {
		mapping.check(this.headers.size());
		List<ImportRow> rows = new ArrayList<>();
		LineCounter lines = new LineCounter(this.text);
		try (CSVParser parser = CSVParser.parse(this.text, format())) {
			boolean header = true;
			for (CSVRecord record : parser) {
				int line = lines.lineAt(record.getCharacterPosition());
				if (header || isBlank(record)) {
					header = false;
					continue;
				}
				if (rows.size() == this.limits.maxRows()) {
					throw new FieldException(FIELD, ImportErrors.TOO_MANY_ROWS, this.limits.tooManyRows());
				}
				rows.add(row(line, record, mapping));
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new FieldException(FIELD, ImportErrors.CSV_INVALID,
					"The file cannot be read as CSV: " + ex.getMessage());
		}
		if (rows.isEmpty()) {
			throw new FieldException(FIELD, ImportErrors.CSV_NO_ROWS, "The file has a header row but no rows under it");
		}
		return rows;
	}

	private static ImportRow row(int line, CSVRecord record, ColumnMapping mapping) {
		return new ImportRow(line, value(record, mapping, ImportColumn.NUMBER),
				value(record, mapping, ImportColumn.NAME), value(record, mapping, ImportColumn.DESCRIPTION),
				value(record, mapping, ImportColumn.INBOUND_AGENT), value(record, mapping, ImportColumn.OUTBOUND_AGENT),
				value(record, mapping, ImportColumn.TRUNK));
	}

	private static String value(CSVRecord record, ColumnMapping mapping, ImportColumn column) {
		return mapping.index(column)
			.filter((index) -> index < record.size())
			.map(record::get)
			.filter((value) -> !value.isBlank())
			.orElse(null);
	}

	private List<String> readHeaders() {
		try (CSVParser parser = CSVParser.parse(firstLine(this.text), format())) {
			List<String> names = new ArrayList<>();
			for (String name : parser.iterator().next()) {
				names.add(name.isBlank() ? "Column " + (names.size() + 1) : name);
			}
			return List.copyOf(names);
		}
		catch (IOException | UncheckedIOException | java.util.NoSuchElementException ex) {
			throw new FieldException(FIELD, ImportErrors.CSV_NO_HEADER,
					"The first row of the file is not a header row");
		}
	}

	private CSVFormat format() {
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(this.delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setLenientEof(true)
			.setTrailingData(true)
			.get();
	}

	private static boolean isBlank(CSVRecord record) {
		for (String value : record) {
			if (!value.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static String firstLine(String text) {
		String stripped = text.stripLeading();
		int end = stripped.indexOf('\n');
		return (end < 0) ? stripped : stripped.substring(0, end).stripTrailing();
	}

}
