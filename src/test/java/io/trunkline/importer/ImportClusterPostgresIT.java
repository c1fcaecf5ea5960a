package io.trunkline.importer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.trunkline.Chromium;
import io.trunkline.ConsolePage;
import io.trunkline.PackagedConsole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the packaged jar on one fresh PostgreSQL database (1 s heartbeats, 4
 * missed = dead). An import is started; whichever instance picks it is killed
 * ({@code kill -9}) a third of the way through. The other revives the run: ready rows go
 * on after the last committed chunk, all or nothing starts again; every row is imported
 * exactly once, none lost, the counts and the report complete; the other instance's
 * import page shows the summary.
 */
class ImportClusterPostgresIT {

	private static final List<String> NAMES = List.of("instance-a", "instance-b");

	@RegisterExtension
	static final Chromium browser = new Chromium();

	@Test
	void a_ready_rows_run_whose_instance_is_killed_goes_on_from_its_last_chunk_on_the_other() throws Exception {
		int rows = 200_000;
		try (ImportCluster cluster = new ImportCluster()) {
			List<PackagedConsole> instances = startTwo(cluster);
			long batchId = cluster.startImport(rows, ImportMode.READY_ROWS, 3_000_000);
			ImportCluster.await("a third imported", Duration.ofMinutes(3), () -> cluster.cursor(batchId) > rows / 3);
			PackagedConsole victim = cluster.holder(batchId, instances, NAMES);
			PackagedConsole survivor = instances.get(1 - instances.indexOf(victim));
			int cursorAtKill = cluster.cursor(batchId);
			Instant killed = Instant.now();
			victim.kill();
			assertThat(cluster.status(batchId)).as("killed before it finished").isEqualTo("RUNNING");

			ImportCluster.await("the survivor to finish", Duration.ofMinutes(8),
					() -> "DONE".equals(cluster.status(batchId)));
			System.out.println("Killed " + NAMES.get(instances.indexOf(victim)) + " at line " + cursorAtKill
					+ "; the other finished the import " + Duration.between(killed, Instant.now()).toMillis()
					+ " ms later");

			assertThat(survivor.log()).contains("Import " + batchId + " goes on after line");
			assertEveryRowImportedOnce(cluster, batchId, rows);
			assertTheSummaryShows(survivor, batchId, "Imported: 200,000 numbers");
		}
	}

	@Test
	void an_all_or_nothing_run_whose_instance_is_killed_leaves_nothing_and_starts_again_on_the_other()
			throws Exception {
		int rows = 30_000;
		try (ImportCluster cluster = new ImportCluster()) {
			List<PackagedConsole> instances = startTwo(cluster);
			long batchId = cluster.startImport(rows, ImportMode.ALL_OR_NOTHING, 4_000_000);
			ImportCluster.await("a third written", Duration.ofMinutes(3), () -> cluster.processed(batchId) > rows / 3);
			PackagedConsole victim = cluster.holder(batchId, instances, NAMES);
			victim.kill();
			// one transaction: nothing it wrote was ever committed
			assertThat(cluster.numbersOf(batchId)).isZero();

			ImportCluster.await("the survivor to finish", Duration.ofMinutes(5),
					() -> "DONE".equals(cluster.status(batchId)));
			assertEveryRowImportedOnce(cluster, batchId, rows);
		}
	}

	/** The import's page on an instance, as its admin sees it in a browser. */
	private static void assertTheSummaryShows(PackagedConsole console, long batchId, String imported)
			throws IOException {
		try (BrowserContext context = browser.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			ConsolePage admin = new ConsolePage(context.newPage(), console, "cluster-admin");
			admin.signInChangingPassword("admin@trunkline.local", console.initialPassword(),
					"Cluster-" + UUID.randomUUID(), "Administrator");
			admin.open("/import/" + batchId);
			PlaywrightAssertions.assertThat(admin.page().getByText(imported)).isVisible();
			PlaywrightAssertions.assertThat(admin.page().getByText("Done", new Page.GetByTextOptions().setExact(true)))
				.isVisible();
			admin.shot("import-summary-on-the-other-instance");
		}
	}

	private static List<PackagedConsole> startTwo(ImportCluster cluster) throws Exception {
		String[] heartbeats = { "--db-scheduler.heartbeat-interval=1s", "--db-scheduler.missed-heartbeats-limit=4" };
		return List.of(cluster.start(NAMES.get(0), heartbeats), cluster.start(NAMES.get(1), heartbeats));
	}

	private static void assertEveryRowImportedOnce(ImportCluster cluster, long batchId, int rows) {
		assertThat(cluster.numbersOf(batchId)).isEqualTo(rows);
		assertThat(cluster.jdbc.queryForObject(
				"select count(distinct number) from phone_number where organization_id"
						+ " = (select organization_id from import_batch where id = ?) and import_batch_id = ?",
				Long.class, batchId, batchId))
			.isEqualTo(rows);
		// an imported row stays READY at or before the committed cursor, and its number
		// is the one of its import
		assertThat(cluster.jdbc.queryForList("select r.status, r.line <= b.cursor_line as settled, count(*) as n"
				+ " from import_row r join import_batch b on b.id = r.import_batch_id where r.import_batch_id = ?"
				+ " group by r.status, r.line <= b.cursor_line", batchId))
			.containsExactly(Map.of("status", "READY", "settled", true, "n", (long) rows));
		// compared here: PostgreSQL takes minutes to join the tables just written, before
		// their statistics
		assertThat(cluster.jdbc.queryForList(
				"select normalized from import_row where import_batch_id = ?" + " order by normalized", String.class,
				batchId))
			.isEqualTo(cluster.jdbc.queryForList(
					"select number from phone_number where import_batch_id = ?" + " order by number", String.class,
					batchId));
		Map<String, Object> batch = cluster.jdbc
			.queryForMap("select imported_rows, skipped_rows, processed_rows from import_batch where id = ?", batchId);
		// each chunk counted once: a revived run did not count a committed chunk again
		assertThat(batch).containsEntry("imported_rows", rows)
			.containsEntry("skipped_rows", 0)
			.containsEntry("processed_rows", rows);
	}

}
