package io.trunkline.importer;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The PostgreSQL way of storing a dry run's rows: one {@code COPY} per chunk (CSV written
 * by commons-csv), in the caller's transaction.
 */
final class ImportRowCopy {

	static final String COLUMNS = "import_batch_id, line, organization_id, status, input, normalized, international,"
			+ " name, description, inbound_agent, outbound_agent, trunk, reason, region, line_type";

	private static final String COPY = "copy import_row (" + COLUMNS + ") from stdin (format csv)";

	// unquoted empty is NULL, every other value is quoted (and its quotes doubled)
	private static final CSVFormat FORMAT = CSVFormat.POSTGRESQL_CSV;

	private ImportRowCopy() {
	}

	/**
	 * Streams the rows' values, each as {@link ImportRowStore#values} gives them, into
	 * one COPY.
	 */
	static Void copy(Connection connection, List<Object[]> rows) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
		try {
			try (CSVPrinter printer = new CSVPrinter(
					new OutputStreamWriter(new PGCopyOutputStream(copy), StandardCharsets.UTF_8), FORMAT)) {
				for (Object[] row : rows) {
					printer.printRecord(row);
				}
			}
			return null;
		}
		catch (IOException ex) {
			if (ex.getCause() instanceof SQLException refused) {
				throw refused;
			}
			throw new UncheckedIOException(ex);
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

}
