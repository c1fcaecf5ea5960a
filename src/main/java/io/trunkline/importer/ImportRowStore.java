package io.trunkline.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The rows of imports with their verdicts ({@code import_row}), in batches of JDBC
 * statements. Every query names the organization and the import; the caller's transaction
 * applies.
 */
@Component
class ImportRowStore {

	static final int TEXT_MAX = 255;

	static final int DESCRIPTION_MAX = 1000;

	static final int REASON_MAX = 500;

	private static final String COLUMNS = "line, input, normalized, international, name, status, reason";

	private static final RowMapper<ReviewRow> REVIEW_ROW = ImportRowStore::reviewRow;

	private final JdbcTemplate jdbc;

	ImportRowStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores rows just checked; a row that is not ready keeps only what its report shows.
	 */
	void insert(long organizationId, long batchId, List<ReviewRow> rows) {
		this.jdbc.batchUpdate("insert into import_row (import_batch_id, line, organization_id, status, input,"
				+ " normalized, international, name, description, inbound_agent, outbound_agent, trunk, reason)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, rows.size(), (statement, row) -> {
					boolean ready = row.status() == RowStatus.READY;
					ImportRow source = row.source();
					statement.setLong(1, batchId);
					statement.setInt(2, row.line());
					statement.setLong(3, organizationId);
					statement.setString(4, row.status().name());
					statement.setString(5, shorten(row.input(), TEXT_MAX));
					statement.setString(6, emptyAsNull(row.normalized()));
					statement.setString(7, emptyAsNull(row.international()));
					statement.setString(8, shorten(emptyAsNull(row.name()), TEXT_MAX));
					statement.setString(9, ready ? source.description() : null);
					statement.setString(10, ready ? source.inboundAgent() : null);
					statement.setString(11, ready ? source.outboundAgent() : null);
					statement.setString(12, ready ? source.trunk() : null);
					statement.setString(13, shorten(emptyAsNull(row.reason()), REASON_MAX));
				});
	}

	/** A page of the rows with the verdict (all for {@code null}), in line order. */
	List<ReviewRow> page(long organizationId, long batchId, RowStatus status, int offset, int limit) {
		return (status == null)
				? this.jdbc.query(
						"select " + COLUMNS + " from import_row where organization_id = ? and"
								+ " import_batch_id = ? order by line offset ? rows fetch next ? rows only",
						REVIEW_ROW, organizationId, batchId, offset, limit)
				: this.jdbc.query("select " + COLUMNS + " from import_row where organization_id = ? and"
						+ " import_batch_id = ? and status = ? order by line offset ? rows fetch next ? rows only",
						REVIEW_ROW, organizationId, batchId, status.name(), offset, limit);
	}

	/**
	 * Up to {@code limit} rows after the line with the verdict (all for {@code null}).
	 */
	List<ReviewRow> after(long organizationId, long batchId, RowStatus status, int afterLine, int limit) {
		return (status == null)
				? this.jdbc.query(
						"select " + COLUMNS + " from import_row where organization_id = ? and"
								+ " import_batch_id = ? and line > ? order by line fetch first ? rows only",
						REVIEW_ROW, organizationId, batchId, afterLine, limit)
				: this.jdbc.query("select " + COLUMNS + " from import_row where organization_id = ? and"
						+ " import_batch_id = ? and status = ? and line > ? order by line fetch first ? rows only",
						REVIEW_ROW, organizationId, batchId, status.name(), afterLine, limit);
	}

	ImportCounts counts(long organizationId, long batchId) {
		Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
		for (RowStatus status : RowStatus.values()) {
			counts.put(status, 0);
		}
		this.jdbc.query("select status, count(*) from import_row where organization_id = ? and import_batch_id = ?"
				+ " group by status", (ResultSet result) -> {
					counts.put(RowStatus.valueOf(result.getString(1)), result.getInt(2));
				}, organizationId, batchId);
		return new ImportCounts(counts.values().stream().mapToInt(Integer::intValue).sum(), Map.copyOf(counts));
	}

	/** The cells of the next ready rows after the line, to check and write them. */
	List<ImportRow> readyAfter(long organizationId, long batchId, int afterLine, int limit) {
		return this.jdbc.query(
				"select line, input, name, description, inbound_agent, outbound_agent, trunk from import_row"
						+ " where organization_id = ? and import_batch_id = ? and status = 'READY' and line > ?"
						+ " order by line fetch first ? rows only",
				(result, index) -> new ImportRow(result.getInt(1), result.getString(2), result.getString(3),
						result.getString(4), result.getString(5), result.getString(6), result.getString(7)),
				organizationId, batchId, afterLine, limit);
	}

	/**
	 * Records the verdicts the run gave these rows, and the numbers imported ones became.
	 */
	void settle(long batchId, List<ReviewRow> rows, Map<String, Long> numberIds) {
		this.jdbc.batchUpdate("update import_row set status = ?, reason = ?, number_id = ? where import_batch_id = ?"
				+ " and line = ?", rows, rows.size(), (statement, row) -> {
					statement.setString(1, row.status().name());
					String reason = shorten(emptyAsNull(row.reason()), REASON_MAX);
					if (reason != null) {
						statement.setString(2, reason);
					}
					else {
						statement.setNull(2, Types.VARCHAR);
					}
					Long id = (row.status() == RowStatus.IMPORTED) ? numberIds.get(row.normalized()) : null;
					if (id != null) {
						statement.setLong(3, id);
					}
					else {
						statement.setNull(3, Types.BIGINT);
					}
					statement.setLong(4, batchId);
					statement.setInt(5, row.line());
				});
	}

	/** Gives every row still ready the verdict: the run ended before writing them. */
	int settleReady(long organizationId, long batchId, RowStatus status, String reason) {
		return this.jdbc.update(
				"update import_row set status = ?, reason = ? where organization_id = ? and"
						+ " import_batch_id = ? and status = 'READY'",
				status.name(), shorten(reason, REASON_MAX), organizationId, batchId);
	}

	private static ReviewRow reviewRow(ResultSet result, int index) throws SQLException {
		return ReviewRow.stored(result.getInt(1), result.getString(2), result.getString(3), result.getString(4),
				result.getString(5), RowStatus.valueOf(result.getString(6)), result.getString(7));
	}

	private static String emptyAsNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	static String shorten(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
