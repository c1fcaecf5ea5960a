package io.trunkline.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import io.trunkline.TrunklineTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

@TrunklineTest
class ImportSignOutTest {

	@Autowired
	private ImportService imports;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private DataSource dataSource;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void signing_out_while_an_import_runs_does_not_stop_it() throws SQLException {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		long batchId;
		// the import writes under a lock on its organization's row: held here, it waits
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement select = lock
				.prepareStatement("select id from organization where id = ? for update")) {
				select.setLong(1, org.id());
				select.executeQuery().close();
			}
			ImportPlan plan = this.imports.plan("typed", List.of(ImportRow.ofNumber(1, "+1 415 555 0160")),
					ImportSettings.sipTrunk(main.id()));
			batchId = this.imports.start(plan, ImportMode.READY_ROWS).batchId();
			// as Spring Security's sign-out does: the session's context loses its person,
			// and
			// the next request of this browser starts with a context of its own
			this.accounts.signOut();
			SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
			lock.rollback();
		}

		this.accounts.signIn(org.adminEmail());
		ImportProgress done = ImportAwait.finished(this.imports, batchId);
		assertThat(done.status()).isEqualTo(ImportStatus.DONE);
		assertThat(done.imported()).isEqualTo(1);
	}

}
