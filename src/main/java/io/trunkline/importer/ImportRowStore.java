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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of imports with their verdicts ({@code import_row}), in batches of JDBC
 * statements. Every query names the organization and the import; the caller's transaction
 * applies. A row the run imported keeps its stored status {@code READY}: it is imported
 * because its line is at or before the import's committed cursor ({@code cursor_line}),
 * which commits with the chunk that wrote it, so the run writes each imported row once
 * (the dry run's) and updates only the rows it does not import.
 */
@Component
class ImportRowStore {

	static final int TEXT_MAX = 255;

	static final int DESCRIPTION_MAX = 1000;

	static final int REASON_MAX = 500;

	// read once per statement, in its snapshot, and usable as a bound of the indexes
	private static final String CURSOR = "(select b.cursor_line from import_batch b where b.id = :batch)";

	// a ready row at or before the committed cursor is imported
	private static final String STATUS = "case when r.status = 'READY' and r.line <= " + CURSOR
			+ " then 'IMPORTED' else r.status end";

	private static final String COLUMNS = "r.line, r.input, r.normalized, r.international, r.name, " + STATUS
			+ ", r.reason";

	private static final String ROWS = " from import_row r where r.organization_id = :organization"
			+ " and r.import_batch_id = :batch";

	private static final RowMapper<ReviewRow> REVIEW_ROW = ImportRowStore::reviewRow;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final SqlDialect dialect;

	ImportRowStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.dialect = new SqlDialect(jdbc);
	}

	/**
	 * Stores rows just checked; a row that is not ready keeps only what its report shows.
	 * A ready row's name is the one it will be shown with, which checks to itself again.
	 * On PostgreSQL with {@code COPY}.
	 */
	void insert(long organizationId, long batchId, List<ReviewRow> rows) {
		List<Object[]> values = rows.stream().map((row) -> ImportRowCopy.values(organizationId, batchId, row)).toList();
		if (this.dialect.isPostgres()) {
			this.jdbc.execute((ConnectionCallback<Void>) (connection) -> ImportRowCopy.copy(connection, values));
			return;
		}
		this.jdbc.batchUpdate("insert into import_row (" + ImportRowCopy.COLUMNS + ")"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
	}

	/** A page of the rows with the verdict (all for {@code null}), in line order. */
	List<ReviewRow> page(long organizationId, long batchId, RowStatus status, int offset, int limit) {
		return this.named.query(
				"select " + COLUMNS + ROWS + having(status) + " order by r.line offset :from rows fetch next :limit"
						+ " rows only",
				arguments(organizationId, batchId, status).addValue("from", offset).addValue("limit", limit),
				REVIEW_ROW);
	}

	/**
	 * Up to {@code limit} rows after the line with the verdict (all for {@code null}).
	 */
	List<ReviewRow> after(long organizationId, long batchId, RowStatus status, int afterLine, int limit) {
		return this.named.query(
				"select " + COLUMNS + ROWS + having(status) + " and r.line > :from order by r.line fetch first"
						+ " :limit rows only",
				arguments(organizationId, batchId, status).addValue("from", afterLine).addValue("limit", limit),
				REVIEW_ROW);
	}

	// the condition of a verdict, on the stored status and the cursor, so that the
	// indexes apply
	private static String having(RowStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case READY -> " and r.status = 'READY' and r.line > " + CURSOR;
			case IMPORTED -> " and r.status = 'READY' and r.line <= " + CURSOR;
			default -> " and r.status = :status";
		};
	}

	private static MapSqlParameterSource arguments(long organizationId, long batchId, RowStatus status) {
		return new MapSqlParameterSource("organization", organizationId).addValue("batch", batchId)
			.addValue("status", (status != null) ? status.name() : null);
	}

	ImportCounts counts(long organizationId, long batchId) {
		Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
		for (RowStatus status : RowStatus.values()) {
			counts.put(status, 0);
		}
		this.named.query("select status, count(*) from (select " + STATUS + " as status" + ROWS + ") v group by status",
				arguments(organizationId, batchId, null), (ResultSet result) -> {
					counts.put(RowStatus.valueOf(result.getString(1)), result.getInt(2));
				});
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
	 * Records the verdicts the run gave these rows, none of them imported (an imported
	 * row's verdict is the cursor): on PostgreSQL in one statement over arrays, on H2 in
	 * a batch.
	 */
	void settle(long batchId, List<ReviewRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Integer[] lines = new Integer[rows.size()];
		String[] statuses = new String[rows.size()];
		String[] reasons = new String[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			ReviewRow row = rows.get(i);
			lines[i] = row.line();
			statuses[i] = row.status().name();
			reasons[i] = shorten(emptyAsNull(row.reason()), REASON_MAX);
		}
		if (this.dialect.isPostgres()) {
			this.jdbc.update(
					"update import_row r set status = t.status, reason = t.reason"
							+ " from unnest(cast(? as integer[]), cast(? as varchar[]), cast(? as varchar[]))"
							+ " as t(line, status, reason)"
							+ " where r.import_batch_id = ? and r.line between ? and ? and r.line = t.line",
					lines, statuses, reasons, batchId, first(lines), last(lines));
			return;
		}
		List<Object[]> values = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			values.add(new Object[] { statuses[i], reasons[i], batchId, lines[i] });
		}
		this.jdbc.batchUpdate("update import_row set status = ?, reason = ? where import_batch_id = ? and line = ?",
				values, new int[] { Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.INTEGER });
	}

	/**
	 * Gives every row still ready, after the committed cursor, the verdict: the run ended
	 * before writing them.
	 */
	int settleReady(long organizationId, long batchId, RowStatus status, String reason) {
		return this.jdbc.update(
				"update import_row set status = ?, reason = ? where organization_id = ? and"
						+ " import_batch_id = ? and status = 'READY'"
						+ " and line > (select cursor_line from import_batch where id = ?)",
				status.name(), shorten(reason, REASON_MAX), organizationId, batchId, batchId);
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

	static String emptyAsNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	static String shorten(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
