package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import io.trunkline.TrunklineTest;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** How a running import behaves: cancelled, waiting for another, failing as a whole. */
@TrunklineTest
class ImportRunTest {

	@Autowired
	private ImportService imports;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private ImportBatches batches;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void cancelling_keeps_what_is_committed_and_reports_every_row() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = this.imports.plan("list", ImportFiles.numbers(0, 20_000),
				ImportSettings.sipTrunk(trunk.id()));
		long batchId = this.imports.start(plan, ImportMode.READY_ROWS).batchId();
		awaitProgress(batchId, (progress) -> progress.done() > 0);

		this.imports.cancel(batchId);
		ImportProgress end = ImportAwait.finished(this.imports, batchId);

		assertThat(end.status()).isEqualTo(ImportStatus.CANCELLED);
		ImportCounts counts = plan.counts();
		long stored = this.numbers.count(NumberFilter.ofImport(batchId));
		assertThat(stored).isPositive().isLessThan(20_000).isEqualTo(counts.of(RowStatus.IMPORTED));
		assertThat(counts.of(RowStatus.NOT_IMPORTED)).isEqualTo(20_000 - stored);
		assertThat(plan.rows(RowStatus.NOT_IMPORTED, 0, 1).get(0).reason())
			.isEqualTo("Cancelled before this row was imported");
		assertThat(end.imported()).isEqualTo(stored);
	}

	@Test
	void a_second_import_of_the_organization_waits_and_can_be_cancelled_while_it_waits() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(this.accounts.addUser(org, Role.AGENT_MANAGER));
		ImportPlan first = this.imports.plan("first", ImportFiles.numbers(0, 20_000),
				ImportSettings.sipTrunk(trunk.id()));
		ImportPlan second = this.imports.plan("second", ImportFiles.numbers(20_000, 20_100),
				ImportSettings.sipTrunk(trunk.id()));
		long firstId = this.imports.start(first, ImportMode.READY_ROWS).batchId();
		long secondId = this.imports.start(second, ImportMode.READY_ROWS).batchId();

		ImportProgress waiting = awaitProgress(secondId,
				(progress) -> progress.message().startsWith("Waiting for another import"));
		assertThat(waiting.status()).isEqualTo(ImportStatus.WAITING);
		assertThat(this.imports.unfinished()).extracting(ImportProgress::batchId).contains(firstId, secondId);
		this.imports.cancel(secondId);

		assertThat(ImportAwait.finished(this.imports, secondId).message())
			.isEqualTo("Cancelled before it started: nothing was imported");
		assertThat(ImportAwait.finished(this.imports, firstId).status()).isEqualTo(ImportStatus.DONE);
		assertThat(this.numbers.count(NumberFilter.ofImport(secondId))).isZero();
		assertThat(this.numbers.count(NumberFilter.ofImport(firstId))).isEqualTo(20_000);
	}

	@Test
	void all_or_nothing_leaves_nothing_when_a_number_appears_meanwhile() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = this.imports.plan("list", ImportFiles.numbers(0, 3000), ImportSettings.sipTrunk(trunk.id()));
		this.numbers.create(NumberFixtures.command(trunk, ImportFiles.number(2500)));

		long batchId = this.imports.start(plan, ImportMode.ALL_OR_NOTHING).batchId();
		ImportProgress end = ImportAwait.finished(this.imports, batchId);

		assertThat(end.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(end.message())
			.isEqualTo("Line 2501: +1 646-300-2500 was added to the organization meanwhile, so nothing was imported");
		assertThat(this.numbers.count(NumberFilter.ofImport(batchId))).isZero();
		assertThat(this.numbers.count(NumberFilter.NONE)).isEqualTo(1);
		assertThat(plan.counts().of(RowStatus.NOT_IMPORTED)).isEqualTo(3000);
		assertThat(this.imports.progress(batchId).imported()).isZero();
	}

	@Test
	void a_finished_import_is_still_reported_from_its_stored_record() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		long batchId = this.imports
			.start(this.imports.plan("list.csv", ImportFiles.numbers(0, 10), ImportSettings.sipTrunk(trunk.id())),
					ImportMode.READY_ROWS)
			.batchId();
		ImportAwait.finished(this.imports, batchId);

		// what another instance, or this one after the report was dropped, tells
		for (int i = 0; i < ImportJobs.KEEP_PER_ORGANIZATION + 1; i++) {
			ImportAwait.finished(this.imports,
					this.imports
						.start(this.imports.plan("more", ImportFiles.numbers(100 + i, 101 + i),
								ImportSettings.sipTrunk(trunk.id())), ImportMode.READY_ROWS)
						.batchId());
		}
		ImportProgress stored = this.imports.progress(batchId);

		assertThat(stored.reportAvailable()).isFalse();
		assertThat(stored.status()).isEqualTo(ImportStatus.DONE);
		assertThat(stored.imported()).isEqualTo(10);
		assertThat(stored.sourceName()).isEqualTo("list.csv");
		assertThat(stored.startedBy()).isEqualTo(org.adminEmail());
		assertThat(this.imports.report(batchId)).isEmpty();
	}

	@Test
	void a_restart_ends_the_records_of_runs_it_interrupted() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		long batchId = this.jdbc.queryForObject("select nextval('import_batch_seq')", Long.class);
		this.jdbc.update(
				"insert into import_batch (id, version, organization_id, started_by_email, source_name, mode,"
						+ " status, total_rows, imported_rows, skipped_rows, started_at) values (?, 0, ?, ?, 'old.csv',"
						+ " 'READY_ROWS', 'RUNNING', 10, 4, 0, current_timestamp)",
				batchId, org.id(), org.adminEmail());

		this.batches.endUnfinished();

		ImportProgress stored = this.imports.progress(batchId);
		assertThat(stored.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(stored.message()).isEqualTo(ImportBatches.INTERRUPTED);
		assertThat(stored.imported()).isEqualTo(4);
	}

	private ImportProgress awaitProgress(long batchId, Predicate<ImportProgress> condition) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			ImportProgress progress = this.imports.progress(batchId);
			if (condition.test(progress)) {
				return progress;
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Import " + batchId + " never reached the expected state");
	}

}
