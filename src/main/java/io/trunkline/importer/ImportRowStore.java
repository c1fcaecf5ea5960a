package io.trunkline.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.trunkline.base.SqlDialect;
import io.trunkline.phonenumber.LineType;
import io.trunkline.phonenumber.NormalizedNumber;

import org.springframework.jdbc.core.ConnectionCallback;
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

	private final SqlDialect dialect;

	ImportRowStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.dialect = new SqlDialect(jdbc);
	}

	/**
	 * Stores rows just checked; a row that is not ready keeps only what its report shows.
	 * A ready row's name is the one it will be shown with, which checks to itself again.
	 * On PostgreSQL with {@code COPY}.
	 */
	void insert(long organizationId, long batchId, List<ReviewRow> rows) {
		List<Object[]> values = rows.stream().map((row) -> values(organizationId, batchId, row)).toList();
		if (this.dialect.isPostgres()) {
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> ImportRowCopy.copy(connection, values));
			return;
		}
		this.jdbc.batchUpdate("insert into import_row (" + ImportRowCopy.COLUMNS + ")"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
	}

	/** The row's values in the order of {@link ImportRowCopy#COLUMNS}. */
	private static Object[] values(long organizationId, long batchId, ReviewRow row) {
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

	/**
	 * The next ready rows after the line, to check and write them: their cells and the
	 * number the review normalized.
	 */
	List<Ready> readyAfter(long organizationId, long batchId, int afterLine, int limit) {
		return this.jdbc
			.query("select line, input, name, description, inbound_agent, outbound_agent, trunk,"
					+ " normalized, international, region, line_type from import_row where organization_id = ? and"
					+ " import_batch_id = ? and status = 'READY' and line > ? order by line fetch first ? rows only",
					(result, index) -> new Ready(
							new ImportRow(result.getInt(1), result.getString(2), result.getString(3),
									result.getString(4), result.getString(5), result.getString(6), result.getString(7)),
							reviewed(result)),
					organizationId, batchId, afterLine, limit);
	}

	// null for a row reviewed before the line type was kept (V19)
	private static NormalizedNumber reviewed(ResultSet result) throws SQLException {
		String lineType = result.getString(11);
		if (lineType == null) {
			return null;
		}
		LineType type = LineType.valueOf(lineType);
		return new NormalizedNumber(result.getString(8), result.getString(9), result.getString(10), type,
				type == LineType.PSEUDO);
	}

	/**
	 * Records the verdicts the run gave these rows, and the numbers imported ones became:
	 * on PostgreSQL in one statement over arrays, on H2 in a batch.
	 */
	void settle(long batchId, List<ReviewRow> rows, Map<String, Long> numberIds) {
		Integer[] lines = new Integer[rows.size()];
		String[] statuses = new String[rows.size()];
		String[] reasons = new String[rows.size()];
		Long[] ids = new Long[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			ReviewRow row = rows.get(i);
			lines[i] = row.line();
			statuses[i] = row.status().name();
			reasons[i] = shorten(emptyAsNull(row.reason()), REASON_MAX);
			ids[i] = (row.status() == RowStatus.IMPORTED) ? numberIds.get(row.normalized()) : null;
		}
		if (this.dialect.isPostgres()) {
			this.jdbc.update(
					"update import_row r set status = t.status, reason = t.reason, number_id = t.number_id"
							+ " from unnest(cast(? as integer[]), cast(? as varchar[]), cast(? as varchar[]),"
							+ " cast(? as bigint[])) as t(line, status, reason, number_id)"
							+ " where r.import_batch_id = ? and r.line between ? and ? and r.line = t.line",
					lines, statuses, reasons, ids, batchId, first(lines), last(lines));
			return;
		}
		List<Object[]> values = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			values.add(new Object[] { statuses[i], reasons[i], ids[i], batchId, lines[i] });
		}
		this.jdbc.batchUpdate(
				"update import_row set status = ?, reason = ?, number_id = ? where import_batch_id = ?"
						+ " and line = ?",
				values, new int[] { Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.INTEGER });
	}

	/** Gives every row still ready the verdict: the run ended before writing them. */
	int settleReady(long organizationId, long batchId, RowStatus status, String reason) {
		return this.jdbc.update(
				"update import_row set status = ?, reason = ? where organization_id = ? and"
						+ " import_batch_id = ? and status = 'READY'",
				status.name(), shorten(reason, REASON_MAX), organizationId, batchId);
	}

	// the chunk's line range: lets the planner look its rows up by key, not scan the
	// import
	private static int first(Integer[] lines) {
		return Arrays.stream(lines).mapToInt(Integer::intValue).min().orElse(0);
	}

	private static int last(Integer[] lines) {
		return Arrays.stream(lines).mapToInt(Integer::intValue).max().orElse(0);
	}

	/** A ready row as stored: its cells, and its number as the review normalized it. */
	record Ready(ImportRow cells, NormalizedNumber reviewed) {

		int line() {
			return this.cells.line();
		}

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
