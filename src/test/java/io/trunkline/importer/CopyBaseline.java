package io.trunkline.importer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import io.trunkline.base.CopyWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The practical limit of the PostgreSQL import benchmark: {@code COPY} of the benchmark's
 * rows, already normalized, into a table of the same shape as {@code phone_number}
 * (created {@code like phone_number including all}: the same columns, keys, checks and
 * indexes, plus its foreign keys; since V23 it has none to {@code import_batch}).
 */
final class CopyBaseline {

	static final List<String> DDL = List.of("create table phone_number_copy (like phone_number including all)",
			"alter table phone_number_copy add constraint fk_copy_organization foreign key (organization_id)"
					+ " references organization (id)",
			"alter table phone_number_copy add constraint fk_copy_sip_trunk foreign key (sip_trunk_id)"
					+ " references sip_trunk (id)",
			"alter table phone_number_copy add constraint fk_copy_twilio foreign key (twilio_integration_id)"
					+ " references twilio_integration (id)");

	private static final String COPY = "copy phone_number_copy (id, version, organization_id, number, pseudo, region,"
			+ " line_type, display_name, search_name, description, provider, sip_trunk_id, twilio_integration_id,"
			+ " active, supports_inbound, supports_outbound, import_batch_id, created_at, updated_at)"
			+ " from stdin (format csv)";

	private CopyBaseline() {
	}

	/**
	 * Copies the same rows as {@link ImportBench}'s JDBC baseline: one {@code COPY} per
	 * {@code chunk} rows, each committed.
	 * @return the milliseconds taken
	 */
	static double copy(DataSource dataSource, long organizationId, long trunkId, int rows, long firstId, int chunk)
			throws SQLException, IOException {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int from = 0; from < rows; from += chunk) {
				try (CSVPrinter printer = new CSVPrinter(CopyWriter.of(copies.copyIn(COPY)),
						CSVFormat.POSTGRESQL_CSV)) {
					for (int i = from; i < Math.min(rows, from + chunk); i++) {
						printer.printRecord(firstId + i + 1, 0, organizationId, "+1646" + (2_000_000 + i), false, "US",
								"FIXED_LINE_OR_MOBILE", "Line " + i, "line " + i, null, "SIP", trunkId, null, true,
								true, true, null, now, now);
					}
				}
				connection.commit();
			}
			connection.setAutoCommit(true);
		}
		return (System.nanoTime() - start) / 1e6;
	}

}
