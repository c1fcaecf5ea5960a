package io.trunkline.audit;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.TrunklineTest;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportRow;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportSettings;
import io.trunkline.importer.ImportStatus;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An import is one entry with its counts, not one per row. */
@TrunklineTest
class ImportAuditTest {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private ImportService imports;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void an_import_is_one_entry_with_its_counts() throws InterruptedException {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		List<ImportRow> rows = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			rows.add(ImportRow.ofNumber(i + 1, "+1646555" + (1000 + i)));
		}
		rows.add(ImportRow.ofNumber(51, "not a number"));
		AuditTrail trail = new AuditTrail(this.jdbc);
		int before = trail.of(org.id()).size();

		long batchId = this.imports
			.start(this.imports.plan("numbers.csv", rows, ImportSettings.sipTrunk(trunk.id())), ImportMode.READY_ROWS)
			.batchId();
		ImportProgress end = awaitFinished(batchId);

		assertThat(end.status()).isEqualTo(ImportStatus.DONE);
		assertThat(trail.of(org.id())).hasSize(before + 1);
		AuditTrail.Entry entry = trail.last(org.id(), AuditAction.IMPORT, AuditEntityType.IMPORT);
		assertThat(entry.entityId()).isEqualTo(batchId);
		assertThat(entry.userEmail()).isEqualTo(org.adminEmail());
		assertThat(entry.field("source").newValue()).isEqualTo("numbers.csv");
		assertThat(entry.field("rows").newValue()).isEqualTo("51");
		assertThat(entry.field("imported").newValue()).isEqualTo("50");
		assertThat(entry.field("skipped").newValue()).isEqualTo("1");
		assertThat(entry.field("status").newValue()).isEqualTo("DONE");
	}

	private ImportProgress awaitFinished(long batchId) throws InterruptedException {
		for (int i = 0; i < 3000; i++) {
			ImportProgress progress = this.imports.progress(batchId);
			if (progress.status().finished()) {
				return progress;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("The import did not finish");
	}

}
