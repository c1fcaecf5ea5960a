package io.trunkline.importer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import io.trunkline.TrunklineTest;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
	private ImportRunner runner;

	@Autowired
	private ImportCleanup cleanup;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private AgentService agents;

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
	void reports_are_kept_thirty_days_and_unused_reviews_one_day_then_the_clean_up_deletes_them() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		long batchId = this.imports
			.start(this.imports.plan("list.csv", ImportFiles.numbers(0, 10), ImportSettings.sipTrunk(trunk.id())),
					ImportMode.READY_ROWS)
			.batchId();
		ImportAwait.finished(this.imports, batchId);
		ImportPlan unused = this.imports.plan("later.csv", ImportFiles.numbers(50, 60),
				ImportSettings.sipTrunk(trunk.id()));
		Instant now = Instant.now();

		this.cleanup.run(now.plus(Duration.ofDays(29)));
		assertThat(this.imports.report(batchId)).isPresent();

		this.cleanup.run(now.plus(Duration.ofDays(31)));
		ImportProgress stored = this.imports.progress(batchId);
		assertThat(stored.reportAvailable()).isFalse();
		assertThat(stored.status()).isEqualTo(ImportStatus.DONE);
		assertThat(stored.imported()).isEqualTo(10);
		assertThat(stored.sourceName()).isEqualTo("list.csv");
		assertThat(stored.startedBy()).isEqualTo(org.adminEmail());
		assertThat(this.imports.report(batchId)).isEmpty();
		assertThat(this.numbers.count(NumberFilter.ofImport(batchId))).isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select count(*) from import_row where import_batch_id = ?", Long.class,
				batchId))
			.isZero();
		assertThatThrownBy(() -> this.imports.progress(unused.batchId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.start(unused, ImportMode.READY_ROWS))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void rows_an_older_version_stored_as_imported_are_found_by_the_imported_filter_after_the_clean_up() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = this.imports.plan("list", ImportFiles.numbers(0, 30), ImportSettings.sipTrunk(trunk.id()));
		long batchId = plan.batchId();
		ImportAwait.finished(this.imports, this.imports.start(plan, ImportMode.READY_ROWS).batchId());
		// as an instance of the version before V20 commits an all-or-nothing run: every
		// row's verdict stored, the cursor not moved
		this.jdbc.update("update import_row set status = 'IMPORTED' where import_batch_id = ?", batchId);
		this.jdbc.update("update import_batch set cursor_line = 0 where id = ?", batchId);
		assertThat(plan.counts().of(RowStatus.IMPORTED)).isEqualTo(30);
		assertThat(plan.rows(RowStatus.IMPORTED, 0, 100)).as("the filter reads the cursor").isEmpty();

		this.cleanup.run(Instant.now());

		assertThat(plan.counts().of(RowStatus.IMPORTED)).isEqualTo(30);
		assertThat(plan.rows(RowStatus.IMPORTED, 0, 100)).hasSize(30);
		assertThat(this.jdbc.queryForObject("select count(*) from import_row where status = 'IMPORTED'", Long.class))
			.isZero();
	}

	@Test
	void a_revived_run_goes_on_after_the_last_committed_chunk() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = this.imports.plan("list", ImportFiles.numbers(0, 2500), ImportSettings.sipTrunk(trunk.id()));
		long batchId = plan.batchId();
		assertThat(this.batches.start(batchId, org.id(), ImportMode.READY_ROWS)).isTrue();
		// as a dead instance left it: running, its first chunk (lines 1 to 1000)
		// committed, which moved the cursor past its rows
		this.batches.running(batchId, false);
		this.batches.advance(batchId, 1000, 1000, 1000, 0);
		assertThat(plan.counts().byStatus()).containsEntry(RowStatus.IMPORTED, 1000)
			.containsEntry(RowStatus.READY, 1500);

		assertThat(this.runner.run(batchId)).isFalse();

		ImportProgress end = this.imports.progress(batchId);
		assertThat(end.status()).isEqualTo(ImportStatus.DONE);
		assertThat(plan.counts().byStatus()).containsEntry(RowStatus.IMPORTED, 2500).containsEntry(RowStatus.READY, 0);
		// the revived run wrote the 1,500 rows after the cursor and none of the first
		// chunk
		assertThat(this.jdbc.queryForList("select number from phone_number where import_batch_id = ? order by number",
				String.class, batchId))
			.hasSize(1500)
			.startsWith(ImportFiles.number(1000))
			.endsWith(ImportFiles.number(2499));
		assertThat(end.imported()).isEqualTo(2500);
		assertThat(end.done()).isEqualTo(2500);
	}

	@Test
	void a_trunk_or_agent_deleted_after_the_review_gives_its_rows_a_verdict_and_the_rest_is_imported() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		TrunkSummary spare = this.fixtures.trunk(org, "Spare", "pw");
		AgentSummary helper = this.fixtures.agent(org, "Helper", 1);
		this.accounts.signIn(org.adminEmail());
		List<ImportRow> rows = List.of(new ImportRow(1, ImportFiles.number(1), null, null, null, null, "Spare"),
				new ImportRow(2, ImportFiles.number(2), null, null, "Helper", null, null),
				ImportRow.ofNumber(3, ImportFiles.number(3)));
		ImportPlan plan = this.imports.plan("list", rows, ImportSettings.sipTrunk(trunk.id()));
		assertThat(plan.counts().of(RowStatus.READY)).isEqualTo(3);
		this.trunks.delete(spare.id());
		this.agents.delete(helper.id());

		long batchId = this.imports.start(plan, ImportMode.READY_ROWS).batchId();

		assertThat(ImportAwait.finished(this.imports, batchId).status()).isEqualTo(ImportStatus.DONE);
		assertThat(plan.rows(null, 0, 3)).extracting(ReviewRow::status, ReviewRow::reason)
			.containsExactly(
					tuple(RowStatus.NOT_IMPORTED,
							"No longer valid: No SIP trunk or Twilio integration is named “Spare”"),
					tuple(RowStatus.NOT_IMPORTED, "No longer valid: No agent is named “Helper”"),
					tuple(RowStatus.IMPORTED, ""));
		assertThat(this.jdbc.queryForList("select number from phone_number where import_batch_id = ?", String.class,
				batchId))
			.containsExactly(ImportFiles.number(3));
	}

	@Test
	void the_run_writes_the_numbers_as_the_review_normalized_them() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		ImportPlan plan = this.imports.plan("list", List.of(ImportRow.ofNumber(1, "(646) 300-0007")),
				ImportSettings.sipTrunk(trunk.id()));
		// read in the United States at the review; in Britain it would be another number
		this.jdbc.update("update organization set default_region = 'GB' where id = ?", org.id());

		long batchId = this.imports.start(plan, ImportMode.READY_ROWS).batchId();

		assertThat(ImportAwait.finished(this.imports, batchId).imported()).isEqualTo(1);
		assertThat(this.jdbc.queryForList(
				"select number || ' ' || region || ' ' || line_type from phone_number where import_batch_id = ?",
				String.class, batchId))
			.containsExactly("+16463000007 US FIXED_LINE_OR_MOBILE");
		assertThat(plan.rows(null, 0, 1).get(0).international()).isEqualTo("+1 646-300-0007");
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
