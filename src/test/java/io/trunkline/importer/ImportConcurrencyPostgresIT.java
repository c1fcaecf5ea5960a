package io.trunkline.importer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trunkline.PostgresTestBase;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people import overlapping lists into one organization at the same moment, on
 * PostgreSQL: through the service (one waits for the other), and straight through the
 * runner as the executions of two instances would (the older import goes first, the other
 * waits its turn). Either way no number is stored twice and every row of both lists ends
 * in one of the two reports.
 */
@Import({ TestAccounts.class, NumberFixtures.class })
class ImportConcurrencyPostgresIT extends PostgresTestBase {

	@Autowired
	private ImportService imports;

	@Autowired
	private ImportRunner runner;

	@Autowired
	private ImportBatches batches;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void overlapping_imports_through_the_service() throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		String second = this.accounts.addUser(org, Role.ADMIN);
		ImportPlan a = planAs(org.adminEmail(), ImportFiles.numbers(0, 3000), trunk);
		ImportPlan b = planAs(second, ImportFiles.numbers(2000, 5000), trunk);

		List<Long> batchIds = together(() -> startAs(org.adminEmail(), a), () -> startAs(second, b));
		this.accounts.signIn(org.adminEmail());
		batchIds.forEach((id) -> ImportAwait.finished(this.imports, id));

		assertEveryRowAccountedFor(org, a, b);
	}

	@Test
	void overlapping_imports_on_two_instances() throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		String second = this.accounts.addUser(org, Role.ADMIN);
		ImportPlan a = planAs(org.adminEmail(), ImportFiles.numbers(0, 3000), trunk);
		ImportPlan b = planAs(second, ImportFiles.numbers(2000, 5000), trunk);

		together(() -> runAs(org.adminEmail(), a), () -> runAs(second, b));

		assertEveryRowAccountedFor(org, a, b);
	}

	private void assertEveryRowAccountedFor(Org org, ImportPlan a, ImportPlan b) {
		this.accounts.signIn(org.adminEmail());
		assertThat(this.jdbc.queryForObject("select count(*) from phone_number where organization_id = ?", Long.class,
				org.id()))
			.isEqualTo(5000L);
		assertThat(this.jdbc.queryForObject("select count(distinct number) from phone_number where organization_id = ?",
				Long.class, org.id()))
			.isEqualTo(5000L);
		for (ImportPlan plan : List.of(a, b)) {
			assertThat(plan.all())
				.allSatisfy((row) -> assertThat(row.status()).isIn(RowStatus.IMPORTED, RowStatus.ALREADY_PRESENT));
		}
		Map<String, RowStatus> inA = byNumber(a);
		Map<String, RowStatus> inB = byNumber(b);
		assertThat(inA.keySet()).filteredOn(inB::containsKey)
			.hasSize(1000)
			.allSatisfy((number) -> assertThat(List.of(inA.get(number), inB.get(number)))
				.containsExactlyInAnyOrder(RowStatus.IMPORTED, RowStatus.ALREADY_PRESENT));
		assertThat(a.counts().of(RowStatus.IMPORTED) + b.counts().of(RowStatus.IMPORTED)).isEqualTo(5000);
	}

	private static Map<String, RowStatus> byNumber(ImportPlan plan) {
		return plan.all().stream().collect(Collectors.toMap(ReviewRow::normalized, ReviewRow::status));
	}

	private ImportPlan planAs(String email, List<ImportRow> rows, TrunkSummary trunk) {
		ImportPlan[] plan = new ImportPlan[1];
		this.accounts.as(email, () -> plan[0] = this.imports.plan("list", rows, ImportSettings.sipTrunk(trunk.id())));
		assertThat(plan[0].allReady()).isTrue();
		return plan[0];
	}

	private long startAs(String email, ImportPlan plan) {
		this.accounts.signIn(email);
		try {
			return this.imports.start(plan, ImportMode.READY_ROWS).batchId();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	// as the executions of two instances would: each tries until its turn comes
	private long runAs(String email, ImportPlan plan) throws InterruptedException {
		this.accounts.signIn(email);
		try {
			assertThat(this.batches.start(plan.batchId(), plan.organizationId(), ImportMode.READY_ROWS)).isTrue();
			while (this.runner.run(plan.batchId())) {
				Thread.sleep(20);
			}
			assertThat(this.imports.progress(plan.batchId()).status()).isEqualTo(ImportStatus.DONE);
			return plan.batchId();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Runs both at the same moment, each on a thread of its own. */
	private static List<Long> together(Callable<Long> first, Callable<Long> second) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		Function<Callable<Long>, Callable<Long>> atOnce = (task) -> () -> {
			start.await();
			return task.call();
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Long> a = threads.submit(atOnce.apply(first));
			Future<Long> b = threads.submit(atOnce.apply(second));
			return List.of(a.get(), b.get());
		}
		finally {
			threads.shutdown();
		}
	}

}
