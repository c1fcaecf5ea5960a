package io.trunkline.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.trunkline.base.ControlCharacters;
import io.trunkline.base.FieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file, checked and decoded: UTF-8 with or without a byte-order mark, a
 * header row, and comma, semicolon or tab between values, told from the header. The file
 * is read again, as a stream, each time its rows are wanted: it is never held as text.
 */
public final class CsvSource {

	private static final String FIELD = "file";

	private final String fileName;

	private final UploadedBytes bytes;

	private final char delimiter;

	private final ImportLimits limits;

	private final List<String> headers;

	private CsvSource(String fileName, UploadedBytes bytes, String firstLine, char delimiter, ImportLimits limits) {
		this.limits = limits;
		this.fileName = fileName;
		this.bytes = bytes;
		this.delimiter = delimiter;
		this.headers = readHeaders(firstLine);
	}

	/**
	 * @throws FieldException at {@code file} for an empty, oversized, binary or non-UTF-8
	 * file
	 */
	public static CsvSource read(String fileName, byte[] bytes, ImportLimits limits) {
		return read(fileName, UploadedBytes.of(bytes), limits);
	}

	/**
	 * A file on disk, read again each time its rows are wanted (it must stay there).
	 * @throws FieldException at {@code file} for an empty, oversized, binary or non-UTF-8
	 * file
	 */
	public static CsvSource read(String fileName, Path file, ImportLimits limits) {
		return read(fileName, UploadedBytes.of(file), limits);
	}

	private static CsvSource read(String fileName, UploadedBytes bytes, ImportLimits limits) {
		TextDecoding.check(bytes, limits);
		String firstLine = firstLine(bytes);
		String shown = (fileName != null && !fileName.isBlank()) ? ControlCharacters.replace(fileName) : "upload.csv";
		return new CsvSource(shown, bytes, firstLine, Delimiters.detect(firstLine), limits);
	}

	/** The same file read with another delimiter. */
	public CsvSource withDelimiter(char delimiter) {
		return new CsvSource(this.fileName, this.bytes, firstLine(this.bytes), delimiter, this.limits);
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
	 * The rows under the header, all in memory; rows without any value are skipped.
	 * @throws FieldException at {@code mapping} for an unusable mapping, at {@code file}
	 * for too many rows
	 */
	public List<ImportRow> rows(ColumnMapping mapping) {
		List<ImportRow> rows = new ArrayList<>();
		each(mapping, rows::add);
		return rows;
	}

	/**
	 * The rows under a mapping, counted now and read again from the file when used.
	 * @throws FieldException as {@link #rows} does
	 */
	public CsvRows scan(ColumnMapping mapping) {
		return new CsvRows(this, mapping);
	}

	/**
	 * The first rows under a mapping, reading no further.
	 * @throws FieldException at {@code mapping} for an unusable mapping
	 */
	public List<ImportRow> firstRows(ColumnMapping mapping, int count) {
		List<ImportRow> rows = new ArrayList<>();
		try {
			each(mapping, (row) -> {
				rows.add(row);
				return rows.size() < count;
			});
		}
		catch (FieldException ex) {
			if ("mapping".equals(ex.getField())) {
				throw ex;
			}
		}
		return rows;
	}

	/**
	 * Reads the whole file once, keeping nothing: whether it is CSV with rows under its
	 * header, and not too many.
	 * @throws FieldException at {@code file}
	 */
	public void check() {
		each(null, (row) -> true);
	}

	/**
	 * Reads the rows in order, handing each to the action while it answers true.
	 * @param mapping the columns to read, or {@code null} to check the records only
	 * @return the number of rows read
	 */
	int each(ColumnMapping mapping, Predicate<ImportRow> action) {
		if (mapping != null) {
			mapping.check(this.headers.size());
		}
		int count = 0;
		try (LineCounter lines = new LineCounter(TextDecoding.open(this.bytes));
				CSVParser parser = CSVParser.parse(lines, format())) {
			boolean header = true;
			for (CSVRecord record : parser) {
				int line = lines.lineAt(record.getCharacterPosition());
				if (header || isBlank(record)) {
					header = false;
					continue;
				}
				if (count == this.limits.maxRows()) {
					throw new FieldException(FIELD, ImportErrors.TOO_MANY_ROWS, this.limits.tooManyRows());
				}
				count++;
				if (!action.test((mapping != null) ? row(line, record, mapping) : null)) {
					return count;
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new FieldException(FIELD, ImportErrors.CSV_INVALID,
					"The file cannot be read as CSV: " + ex.getMessage());
		}
		if (count == 0) {
			throw new FieldException(FIELD, ImportErrors.CSV_NO_ROWS, "The file has a header row but no rows under it");
		}
		return count;
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

	private List<String> readHeaders(String firstLine) {
		try (CSVParser parser = CSVParser.parse(firstLine, format())) {
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

	/** The first line that is not blank, without the white space around it. */
	private static String firstLine(UploadedBytes bytes) {
		StringBuilder line = new StringBuilder();
		try (Reader in = TextDecoding.open(bytes)) {
			for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
				if (!line.isEmpty() || !Character.isWhitespace(c)) {
					line.append((char) c);
				}
			}
		}
		catch (IOException ex) {
			throw TextDecoding.unreadable(ex);
		}
		return line.toString().stripTrailing();
	}

}
