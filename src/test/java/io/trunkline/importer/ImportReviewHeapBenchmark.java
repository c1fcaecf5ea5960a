package io.trunkline.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

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
 * ({@link CsvSource}, which stays on disk), its rows as counted ({@link CsvRows}) and the
 * dry run's plan (a handle: the verdicts are stored), as the wizard's review step keeps
 * them. Live heap after a full GC while they are held, minus after they are let go.
 * Measured in-process through {@link ImportService} (not over HTTP): the wizard's
 * components add about what a grid view does.
 */
@TrunklineTest
class ImportReviewHeapBenchmark {

	@Autowired
	private ImportService imports;

	@Autowired
	private ImportUploads uploads;

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
			Object[] held = review(trunk, ImportBench.ROWS);
			long holding = HeapAfterGc.used();
			assertThat(((ImportPlan) held[2]).rows(RowStatus.READY, 0, 1)).hasSize(1);
			held = null;
			// the stored review stays in the (in-memory) database: only what was held
			// differs
			long after = HeapAfterGc.used();
			// within the noise of a full collection (tens of KB either way): printed as
			// measured
			double mb = (holding - after) / (1024.0 * 1024.0);
			System.out.printf("BENCH heap_per_ui_kb=%.0f view=import_review rows=%d held_mb=%.1f target_kb=2048 "
					+ "measured=in_process db=h2%n", mb * 1024, ImportBench.ROWS, mb);
		}
		finally {
			this.accounts.signOut();
		}
	}

	private Object[] review(TrunkSummary trunk, int rows) {
		try {
			Path file = Files.createTempFile("review-", ".csv");
			file.toFile().deleteOnExit();
			Files.write(file, ImportBench.csv(rows));
			CsvSource source = this.uploads.read("review.csv", file);
			CsvRows read = source.scan(source.suggestedMapping());
			ImportPlan plan = this.imports.plan(source.fileName(), read, ImportSettings.sipTrunk(trunk.id()),
					new AtomicInteger());
			return new Object[] { source, read, plan };
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
