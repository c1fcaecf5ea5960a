package io.trunkline.phonenumber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.trunkline.base.CopyWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL way of {@link NumberImport#insertNew}: the chunk's rows, as they will be
 * stored, go with {@code COPY} (CSV written by commons-csv) into {@code phone_number};
 * when one of the numbers is stored already, they go into a temporary staging table of
 * the {@code phone_number} shape instead, and move from there into {@code phone_number}
 * in one {@code INSERT ... SELECT ... ON CONFLICT DO NOTHING}. The staging table lives in
 * the caller's transaction only.
 */
final class NumberCopy {

	// every column PhoneNumber.write sets, and the two bindings columns
	private static final String COLUMNS = "id, version, organization_id, number, pseudo, region, line_type,"
			+ " display_name, search_name, description, active, provider, sip_trunk_id, twilio_integration_id,"
			+ " supports_inbound, supports_outbound, inbound_webhook_url, allowed_inbound_countries,"
			+ " allowed_outbound_countries, fallback_number, test_call_destination, inbound_pin,"
			+ " inbound_room_pattern, import_batch_id, created_at, updated_at, bindings_version, bindings_changed_at";

	private static final String DIRECT = "copy phone_number (" + COLUMNS + ") from stdin (format csv)";

	// PostgreSQL's unique_violation
	private static final String UNIQUE_VIOLATION = "23505";

	private static final String STAGE = "create temp table phone_number_staging (like phone_number) on commit drop";

	private static final String COPY = "copy phone_number_staging (" + COLUMNS + ") from stdin (format csv)";

	// the first of a number's rows in the chunk wins; conflicts with stored numbers
	// (uk_phone_number_org_number) are skipped
	private static final String MOVE = "insert into phone_number (" + COLUMNS + ") select distinct on (number) "
			+ COLUMNS + " from phone_number_staging order by number, id"
			+ " on conflict (organization_id, number) do nothing returning id";

	private static final String UNSTAGE = "drop table phone_number_staging";

	// unquoted empty is NULL, every other value is quoted (and its quotes doubled)
	private static final CSVFormat FORMAT = CSVFormat.POSTGRESQL_CSV;

	private final JdbcTemplate jdbc;

	NumberCopy(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the rows whose numbers the organization does not have yet. Most chunks have
	 * none of them (the dry run left those out), so the rows first go straight into
	 * {@code phone_number} with one {@code COPY}, under a savepoint; only when a number
	 * is there already (added since the review) does the chunk go the staging way.
	 * @param numbers drafts of distinct numbers
	 * @param ids one fresh id per draft, in the drafts' order
	 * @return the ids of the rows stored
	 */
	Set<Long> insert(long organizationId, long batchId, List<NumberDraft> numbers, List<Long> ids, Instant now) {
		Rows rows = (printer) -> write(printer, organizationId, batchId, numbers, ids, now);
		if (this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> direct(connection, rows))) {
			return new HashSet<>(ids);
		}
		this.jdbc.execute(STAGE);
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> copy(connection, COPY, rows));
		Set<Long> stored = new HashSet<>(this.jdbc.queryForList(MOVE, Long.class));
		this.jdbc.execute(UNSTAGE);
		return stored;
	}

	private static void write(CSVPrinter printer, long organizationId, long batchId, List<NumberDraft> numbers,
			List<Long> ids, Instant now) throws IOException {
		for (int i = 0; i < numbers.size(); i++) {
			NumberDraft number = numbers.get(i);
			NormalizedNumber normalized = number.number();
			printer.printRecord(ids.get(i), 0, organizationId, normalized.e164(), normalized.pseudo(),
					normalized.region(), normalized.lineType().name(), number.displayName(), number.searchName(),
					number.description(), number.active(), number.provider().name(), number.sipTrunkId(),
					number.twilioIntegrationId(), number.supportsInbound(), number.supportsOutbound(),
					number.inboundWebhookUrl(), number.allowedInboundCountries(), number.allowedOutboundCountries(),
					number.fallbackNumber(), number.testCallDestination(), number.inboundPin(),
					number.inboundRoomPattern(), batchId, now, now, 0, number.bindings().inUse() ? now : null);
		}
	}

	/**
	 * Copies the rows into {@code phone_number}.
	 * @return whether they are stored; {@code false} when a number was there already, and
	 * nothing was stored
	 */
	private static boolean direct(Connection connection, Rows rows) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try {
			copy(connection, DIRECT, rows);
		}
		catch (SQLException ex) {
			connection.rollback(savepoint);
			if (UNIQUE_VIOLATION.equals(ex.getSQLState())) {
				return false;
			}
			throw ex;
		}
		connection.releaseSavepoint(savepoint);
		return true;
	}

	/** Streams what {@code rows} prints into one {@code COPY}, ended or cancelled. */
	private static Void copy(Connection connection, String sql, Rows rows) throws SQLException {
		CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		try {
			try (CSVPrinter printer = new CSVPrinter(CopyWriter.of(copy), FORMAT)) {
				rows.print(printer);
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

	@FunctionalInterface
	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

}
