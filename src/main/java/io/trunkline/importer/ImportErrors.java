package io.trunkline.importer;

/**
 * The stable codes of the importer's field errors; API clients rely on them, so a code is
 * never renamed. A row's own verdict is its {@link RowStatus}, not one of these.
 */
public final class ImportErrors {

	public static final String NO_ROWS = "no_rows";

	public static final String TOO_MANY_ROWS = "too_many_rows";

	public static final String TEXT_TOO_LARGE = "text_too_large";

	public static final String FILE_EMPTY = "file_empty";

	public static final String FILE_TOO_LARGE = "file_too_large";

	public static final String FILE_UTF16 = "file_utf16";

	public static final String FILE_BINARY = "file_binary";

	public static final String FILE_ENCODING = "file_encoding_invalid";

	public static final String CSV_INVALID = "csv_invalid";

	public static final String CSV_NO_ROWS = "csv_no_rows";

	public static final String CSV_NO_HEADER = "csv_no_header";

	public static final String NUMBER_COLUMN_REQUIRED = "number_column_required";

	public static final String COLUMN_MAPPED_TWICE = "column_mapped_twice";

	public static final String COLUMN_UNKNOWN = "column_unknown";

	public static final String ALREADY_IMPORTED = "already_imported";

	public static final String ROWS_NOT_READY = "rows_not_ready";

	public static final String NO_ROW_READY = "no_row_ready";

	private ImportErrors() {
	}

}
