package io.trunkline.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import benchmark, the same on every database: 100,000 CSV rows through the real
 * service (read, validate, normalize, check uniqueness, insert) against a plain JDBC
 * batch insert of the same rows into a table of the same shape (on PostgreSQL also
 * against {@code COPY}, see {@link CopyBaseline}), and the heap the import leaves behind
 * (its report is kept, as in production). Prints one {@code BENCH} line.
 */
class ImportBench {

	static final int ROWS = 100_000;

	private static final int RUNS = 3;

	private static final String INSERT = "insert into phone_number_baseline (id, version, organization_id, number,"
			+ " pseudo, region, line_type, display_name, search_name, description, provider, sip_trunk_id,"
			+ " twilio_integration_id, active, supports_inbound, supports_outbound, import_batch_id, created_at,"
			+ " updated_at) values (?, 0, ?, ?, false, 'US', 'FIXED_LINE_OR_MOBILE', ?, ?, null, 'SIP', ?, null,"
			+ " true, true, true, null, ?, ?)";

	private final ImportService imports;

	private final TestAccounts accounts;

	private final NumberFixtures fixtures;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private String phases = "";

	ImportBench(ImportService imports, TestAccounts accounts, NumberFixtures fixtures, JdbcTemplate jdbc,
			DataSource dataSource) {
		this.imports = imports;
		this.accounts = accounts;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	void run(String db) throws SQLException, IOException {
		run(db, ROWS, RUNS);
	}

	/** {@code rows} rows, the median of {@code runs} runs. */
	void run(String db, int rows, int runs) throws SQLException, IOException {
		boolean postgres = db.equals("postgres");
		this.jdbc.execute(BaselineTable.DDL);
		BaselineTable.INDEXES.forEach(this.jdbc::execute);
		if (postgres) {
			CopyBaseline.DDL.forEach(this.jdbc::execute);
		}
		importRows(10_000);
		baseline(10_000, 0);
		List<Double> imported = new ArrayList<>();
		List<Double> baseline = new ArrayList<>();
		List<Double> copied = new ArrayList<>();
		List<Double> copiedAtOnce = new ArrayList<>();
		if (postgres) {
			copy(10_000, 0, ImportRunner.CHUNK);
		}
		double heapGrowth = 0;
		for (int run = 0; run < runs; run++) {
			long before = HeapAfterGc.used();
			imported.add(importRows(rows));
			heapGrowth = Math.max(heapGrowth, (HeapAfterGc.used() - before) / (1024.0 * 1024.0));
			baseline.add(baseline(rows, (run + 1) * 10_000_000L));
			if (postgres) {
				copied.add(copy(rows, (run + 1) * 10_000_000L, ImportRunner.CHUNK));
				copiedAtOnce.add(copy(rows, (run + 11) * 10_000_000L, rows));
			}
		}
		double importMs = median(imported);
		double baselineMs = median(baseline);
		if (rows >= 1_000_000) {
			System.out.printf(
					"BENCH import_1m_ms=%.0f per_row_us=%.1f heap_growth_mb=%.1f copy_ms=%.0f"
							+ " ratio_vs_copy=%.2f db=%s%n",
					importMs, importMs * 1000 / rows, heapGrowth, postgres ? median(copied) : 0,
					postgres ? importMs / median(copied) : 0, db);
		}
		if (postgres) {
			double copyMs = median(copied);
			System.out.printf(
					"BENCH import_%dk_ms=%.0f copy_ms=%.0f ratio_vs_copy=%.2f baseline_ms=%.0f ratio=%.2f"
							+ " heap_growth_mb=%.1f db=%s%n",
					rows / 1000, importMs, copyMs, importMs / copyMs, baselineMs, importMs / baselineMs, heapGrowth,
					db);
			System.out.printf(
					"(copy_ms: one COPY per chunk of %d rows, committed each, as the import commits;"
							+ " one COPY of all %d rows in one transaction: %.0f ms)%n",
					ImportRunner.CHUNK, rows, median(copiedAtOnce));
		}
		else {
			System.out.printf("BENCH import_%dk_ms=%.0f baseline_ms=%.0f ratio=%.2f heap_growth_mb=%.1f db=%s%n",
					rows / 1000, importMs, baselineMs, importMs / baselineMs, heapGrowth, db);
		}
		System.out.printf("(import benchmark on %s: median of %d runs, max heap %d MB; last run: %s)%n", db, runs,
				Runtime.getRuntime().maxMemory() / (1024 * 1024), this.phases);
	}

	/** The same rows with COPY into the same-shaped table, in a new organization. */
	private double copy(int rows, long firstId, int chunk) throws SQLException, IOException {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Copy", "pw");
		return CopyBaseline.copy(this.dataSource, org.id(), trunk.id(), rows, firstId, chunk);
	}

	/** One import of {@code rows} new numbers into a new organization, end to end. */
	private double importRows(int rows) {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Bench", "pw");
		byte[] csv = csv(rows);
		this.accounts.signIn(org.adminEmail());
		try {
			long start = System.nanoTime();
			CsvSource source = this.imports.readCsv("bench.csv", csv);
			List<ImportRow> read = source.rows(source.suggestedMapping());
			long planned = System.nanoTime();
			ImportPlan plan = this.imports.plan(source.fileName(), read, ImportSettings.sipTrunk(trunk.id()));
			long started = System.nanoTime();
			// a million rows take minutes on a small machine
			ImportProgress done = ImportAwait.finished(this.imports,
					this.imports.start(plan, ImportMode.READY_ROWS).batchId(), Duration.ofMinutes(30));
			long end = System.nanoTime();
			double ms = (end - start) / 1e6;
			this.phases = String.format("read %.0f ms, dry run %.0f ms, import run %.0f ms", (planned - start) / 1e6,
					(started - planned) / 1e6, (end - started) / 1e6);
			assertThat(done.imported()).isEqualTo(rows);
			return ms;
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** The same rows, already normalized, in JDBC batches of 1000 with a commit each. */
	private double baseline(int rows, long firstId) throws SQLException {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Baseline", "pw");
		Timestamp now = Timestamp.from(Instant.now());
		long start = System.nanoTime();
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement(INSERT)) {
			connection.setAutoCommit(false);
			for (int i = 0; i < rows; i++) {
				String number = "+1646" + (2_000_000 + i);
				insert.setLong(1, firstId + i + 1);
				insert.setLong(2, org.id());
				insert.setString(3, number);
				insert.setString(4, "Line " + i);
				insert.setString(5, "line " + i);
				insert.setLong(6, trunk.id());
				insert.setTimestamp(7, now);
				insert.setTimestamp(8, now);
				insert.addBatch();
				if ((i + 1) % ImportRunner.CHUNK == 0 || i == rows - 1) {
					insert.executeBatch();
					connection.commit();
				}
			}
			connection.setAutoCommit(true);
		}
		return (System.nanoTime() - start) / 1e6;
	}

	static byte[] csv(int rows) {
		StringBuilder csv = new StringBuilder(rows * 30).append("phone_number,name\n");
		for (int i = 0; i < rows; i++) {
			csv.append("+1 646 ").append(2_000_000 + i).append(",Line ").append(i).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
