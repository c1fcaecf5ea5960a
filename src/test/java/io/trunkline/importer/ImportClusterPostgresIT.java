package io.trunkline.importer;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged jar on one fresh PostgreSQL database. A reviewed import
 * of 100,000 rows is started as the service starts one (the import waits and its
 * db-scheduler execution is due); whichever instance picks it is killed ({@code kill -9})
 * once it has committed some chunks. The other revives the run after the dead one's
 * heartbeats stop and finishes it from the last committed chunk: every row imported
 * exactly once, none lost, the counts and the report complete.
 */
class ImportClusterPostgresIT {

	private static final int ROWS = 100_000;

	private final List<PackagedConsole> instances = new ArrayList<>();

	private PostgresTestDatabase database;

	@AfterEach
	void stop() {
		this.instances.forEach(PackagedConsole::close);
		if (this.database != null) {
			this.database.drop();
		}
	}

	@Test
	void a_run_whose_instance_is_killed_is_finished_by_the_other_without_a_duplicate_or_a_lost_row() throws Exception {
		this.database = PostgresTestDatabase.create();
		Path work = Files.createDirectories(Path.of("target", "import-cluster"));
		Path data = Files.createTempDirectory(work, "data-");
		PackagedConsole first = start("instance-a", data, work);
		PackagedConsole second = start("instance-b", data, work);
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(this.database.url(), this.database.user(), this.database.password()));
		long batchId = seedReviewedImport(jdbc);

		// what ImportService.start does: the import waits, its execution is due now
		jdbc.update("update import_batch set status = 'WAITING', started_at = now() where id = ?", batchId);
		jdbc.update("insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
				+ " values ('import-run', ?, now(), false, 1)", Long.toString(batchId));
		await("a chunk committed", Duration.ofMinutes(3), () -> cursor(jdbc, batchId) > 0);
		String holder = jdbc.queryForObject(
				"select picked_by from scheduled_tasks where task_name = 'import-run' and task_instance = ?",
				String.class, Long.toString(batchId));
		PackagedConsole victim = "instance-a".equals(holder) ? first : second;
		PackagedConsole survivor = (victim == first) ? second : first;
		int cursorAtKill = cursor(jdbc, batchId);
		Instant killed = Instant.now();
		victim.kill();
		assertThat(status(jdbc, batchId)).as("killed before it finished").isEqualTo("RUNNING");

		await("the survivor to finish the import", Duration.ofMinutes(5), () -> "DONE".equals(status(jdbc, batchId)));
		System.out.println("Killed " + holder + " at line " + cursorAtKill + "; the other finished the import "
				+ Duration.between(killed, Instant.now()).toMillis() + " ms later");

		assertThat(survivor.log()).contains("Import " + batchId + " goes on after line");
		assertThat(
				jdbc.queryForObject("select count(*) from phone_number where import_batch_id = ?", Long.class, batchId))
			.isEqualTo(ROWS);
		assertThat(jdbc.queryForObject("select count(distinct number) from phone_number where organization_id ="
				+ " (select organization_id from import_batch where id = ?)", Long.class, batchId))
			.isEqualTo(ROWS);
		assertThat(jdbc.queryForList(
				"select status, count(*) as n from import_row where import_batch_id = ?" + " group by status", batchId))
			.containsExactly(Map.of("status", "IMPORTED", "n", (long) ROWS));
		assertThat(jdbc.queryForObject(
				"select count(*) from import_row where import_batch_id = ? and number_id is" + " null", Long.class,
				batchId))
			.isZero();
		Map<String, Object> batch = jdbc
			.queryForMap("select imported_rows, skipped_rows, processed_rows from import_batch where id = ?", batchId);
		// each chunk counted once: the revived run did not write a committed chunk again
		assertThat(batch).containsEntry("imported_rows", ROWS)
			.containsEntry("skipped_rows", 0)
			.containsEntry("processed_rows", ROWS);
	}

	private PackagedConsole start(String name, Path data, Path work) throws Exception {
		PackagedConsole console = PackagedConsole.startInstance(name, this.database, data, work,
				List.of("--db-scheduler.polling-interval=500ms", "--db-scheduler.heartbeat-interval=1s",
						"--db-scheduler.scheduler-name=" + name, "--trunkline.sip.checks-enabled=false"));
		this.instances.add(console);
		return console;
	}

	/**
	 * A dry run's result, as ImportPlanner stores it: 100,000 ready rows on one trunk.
	 */
	private static long seedReviewedImport(JdbcTemplate jdbc) {
		Map<String, Object> admin = jdbc
			.queryForMap("select id, email, organization_id from app_user order by id" + " fetch first 1 rows only");
		long organizationId = ((Number) admin.get("organization_id")).longValue();
		long trunkId = jdbc.queryForObject("select nextval('sip_trunk_seq')", Long.class);
		jdbc.update("insert into sip_trunk (id, version, organization_id, name, termination_uri, transport,"
				+ " media_encryption, registration_enabled, supports_inbound, supports_outbound, created_at, updated_at)"
				+ " values (?, 0, ?, 'Main', 'sip:sip.example.com', 'UDP', 'DISABLE', false, true, true, now(), now())",
				trunkId, organizationId);
		long batchId = jdbc.queryForObject("select nextval('import_batch_seq')", Long.class);
		jdbc.update("insert into import_batch (id, version, organization_id, started_by_id, started_by_email,"
				+ " source_name, mode, status, total_rows, imported_rows, skipped_rows, started_at, provider,"
				+ " sip_trunk_id, inbound_agents, outbound_agents, ready_rows, rows_kept) values (?, 0, ?, ?, ?,"
				+ " 'million.csv', 'READY_ROWS', 'REVIEWED', ?, 0, 0, now(), 'SIP', ?, '[]', '[]', ?, true)", batchId,
				organizationId, admin.get("id"), admin.get("email"), ROWS, trunkId, ROWS);
		jdbc.batchUpdate(
				"insert into import_row (import_batch_id, line, organization_id, status, input, normalized,"
						+ " international, name) values (?, ?, ?, 'READY', ?, ?, ?, ?)",
				IntStream.range(0, ROWS).mapToObj((i) -> {
					String number = "+1646" + (3_000_000 + i);
					return new Object[] { batchId, i + 2, organizationId, number, number, number, number };
				}).toList());
		return batchId;
	}

	private static int cursor(JdbcTemplate jdbc, long batchId) {
		return jdbc.queryForObject("select cursor_line from import_batch where id = ?", Integer.class, batchId);
	}

	private static String status(JdbcTemplate jdbc, long batchId) {
		return jdbc.queryForObject("select status from import_batch where id = ?", String.class, batchId);
	}

	private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			Thread.sleep(200);
		}
	}

}
