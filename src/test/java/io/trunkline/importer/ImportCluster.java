package io.trunkline.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import io.trunkline.PackagedConsole;
import io.trunkline.PostgresTestDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Instances of the packaged jar on one fresh PostgreSQL database, and imports started on
 * it as {@link ImportService#start} starts them: a reviewed import (its rows stored as
 * the dry run stores them) made to wait, with its db-scheduler execution due now.
 */
final class ImportCluster implements AutoCloseable {

	private final List<PackagedConsole> instances = new ArrayList<>();

	private final PostgresTestDatabase database;

	private final Path work;

	private final Path data;

	final JdbcTemplate jdbc;

	ImportCluster() throws IOException {
		this.database = PostgresTestDatabase.create();
		this.work = Files.createDirectories(Path.of("target", "import-cluster"));
		this.data = Files.createTempDirectory(this.work, "data-");
		this.jdbc = new JdbcTemplate(
				new DriverManagerDataSource(this.database.url(), this.database.user(), this.database.password()));
	}

	/**
	 * Starts an instance named {@code name} (its db-scheduler name too) with these
	 * settings.
	 */
	PackagedConsole start(String name, String... settings) throws IOException {
		List<String> arguments = new ArrayList<>(List.of("--db-scheduler.scheduler-name=" + name,
				"--db-scheduler.polling-interval=500ms", "--trunkline.sip.checks-enabled=false"));
		arguments.addAll(List.of(settings));
		PackagedConsole console = PackagedConsole.startInstance(name, this.database, this.data, this.work, arguments);
		this.instances.add(console);
		return console;
	}

	/** A reviewed import of {@code rows} ready rows on a new trunk, started: it waits. */
	long startImport(int rows, ImportMode mode, int firstNumber) {
		Map<String, Object> admin = this.jdbc
			.queryForMap("select id, email, organization_id from app_user order by id fetch first 1 rows only");
		long organizationId = ((Number) admin.get("organization_id")).longValue();
		long trunkId = this.jdbc.queryForObject("select nextval('sip_trunk_seq')", Long.class);
		this.jdbc.update("insert into sip_trunk (id, version, organization_id, name, termination_uri, transport,"
				+ " media_encryption, registration_enabled, supports_inbound, supports_outbound, created_at, updated_at)"
				+ " values (?, 0, ?, ?, 'sip:sip.example.com', 'UDP', 'DISABLE', false, true, true, now(), now())",
				trunkId, organizationId, "Trunk " + trunkId);
		long batchId = this.jdbc.queryForObject("select nextval('import_batch_seq')", Long.class);
		this.jdbc.update("insert into import_batch (id, version, organization_id, started_by_id, started_by_email,"
				+ " source_name, mode, status, total_rows, imported_rows, skipped_rows, started_at, provider,"
				+ " sip_trunk_id, inbound_agents, outbound_agents, ready_rows, rows_kept) values (?, 0, ?, ?, ?,"
				+ " 'big.csv', ?, 'REVIEWED', ?, 0, 0, now(), 'SIP', ?, '[]', '[]', ?, true)", batchId, organizationId,
				admin.get("id"), admin.get("email"), mode.name(), rows, trunkId, rows);
		this.jdbc.batchUpdate(
				"insert into import_row (import_batch_id, line, organization_id, status, input, normalized,"
						+ " international, name) values (?, ?, ?, 'READY', ?, ?, ?, ?)",
				IntStream.range(0, rows).mapToObj((i) -> {
					String number = "+1646" + (firstNumber + i);
					return new Object[] { batchId, i + 2, organizationId, number, number, number, number };
				}).toList());
		this.jdbc.update("update import_batch set status = 'WAITING', started_at = now() where id = ?", batchId);
		this.jdbc.update("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
				+ " values ('import-run', ?, now(), false, 1)", Long.toString(batchId));
		return batchId;
	}

	/** The instance whose scheduler picked the import's execution. */
	PackagedConsole holder(long batchId, List<PackagedConsole> among, List<String> names) {
		String picked = this.jdbc.queryForObject(
				"select picked_by from scheduled_tasks where task_name = 'import-run' and task_instance = ?",
				String.class, Long.toString(batchId));
		return among.get(names.indexOf(picked));
	}

	int cursor(long batchId) {
		return this.jdbc.queryForObject("select cursor_line from import_batch where id = ?", Integer.class, batchId);
	}

	int processed(long batchId) {
		return this.jdbc.queryForObject("select processed_rows from import_batch where id = ?", Integer.class, batchId);
	}

	String status(long batchId) {
		return this.jdbc.queryForObject("select status from import_batch where id = ?", String.class, batchId);
	}

	long numbersOf(long batchId) {
		return this.jdbc.queryForObject("select count(*) from phone_number where import_batch_id = ?", Long.class,
				batchId);
	}

	static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			Thread.sleep(100);
		}
	}

	@Override
	public void close() {
		this.instances.forEach(PackagedConsole::close);
		this.database.drop();
	}

}
