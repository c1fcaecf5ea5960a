package io.trunkline.importer;

import java.lang.management.ManagementFactory;
import java.util.List;

import io.trunkline.TrunklineTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the import wizard holds for a reviewed 100,000-row file: the uploaded file as read
 * ({@link CsvSource}), its rows and the dry run's plan with every row's verdict, as the
 * wizard's review step keeps them. Live heap after a full GC while they are held, minus
 * after they are let go. Measured in-process through {@link ImportService} (not over
 * HTTP): the wizard's components add about what a grid view does.
 */
@TrunklineTest
class ImportReviewHeapBenchmark {

	@Autowired
	private ImportService imports;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Test
	void heap_of_one_reviewed_100k_row_file() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Review bench", "pw");
		this.accounts.signIn(org.adminEmail());
		try {
			review(trunk, 10_000);
			long before = usedHeapAfterGc();
			Object[] held = review(trunk, ImportBench.ROWS);
			long holding = usedHeapAfterGc();
			assertThat(((ImportPlan) held[2]).rows(RowStatus.READY, 0, 1)).hasSize(1);
			held = null;
			long after = usedHeapAfterGc();
			double mb = (holding - Math.min(before, after)) / (1024.0 * 1024.0);
			System.out.printf("BENCH heap_per_ui_kb=%.0f view=import_review rows=%d held_mb=%.1f target_kb=2048 "
					+ "measured=in_process db=h2%n", mb * 1024, ImportBench.ROWS, mb);
		}
		finally {
			this.accounts.signOut();
		}
	}

	private Object[] review(TrunkSummary trunk, int rows) {
		CsvSource source = this.imports.readCsv("review.csv", ImportBench.csv(rows));
		List<ImportRow> read = source.rows(source.suggestedMapping());
		ImportPlan plan = this.imports.plan(source.fileName(), read, ImportSettings.sipTrunk(trunk.id()));
		return new Object[] { source, read, plan };
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
