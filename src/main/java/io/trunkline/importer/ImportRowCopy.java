package io.trunkline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.trunkline.base.CopyWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import static io.trunkline.importer.ImportRowStore.REASON_MAX;
import static io.trunkline.importer.ImportRowStore.TEXT_MAX;
import static io.trunkline.importer.ImportRowStore.emptyAsNull;
import static io.trunkline.importer.ImportRowStore.shorten;

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

	/** The row's values in the order of {@link #COLUMNS}. */
	static Object[] values(long organizationId, long batchId, ReviewRow row) {
		boolean ready = row.status() == RowStatus.READY;
		ImportRow source = row.source();
		return new Object[] { batchId, row.line(), organizationId, row.status().name(),
				shorten(emptyAsNull(row.input()), TEXT_MAX), emptyAsNull(row.normalized()),
				emptyAsNull(row.international()), shorten(emptyAsNull(row.name()), TEXT_MAX),
				ready ? source.description() : null, ready ? source.inboundAgent() : null,
				ready ? source.outboundAgent() : null, ready ? source.trunk() : null,
				shorten(emptyAsNull(row.reason()), REASON_MAX), ready ? row.number().number().region() : null,
				ready ? row.number().number().lineType().name() : null };
	}

	/**
	 * Streams the rows' values, each as {@link #values} gives them, into one COPY.
	 */
	static Void copy(Connection connection, List<Object[]> rows) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
		try {
			try (CSVPrinter printer = new CSVPrinter(CopyWriter.of(copy), FORMAT)) {
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
