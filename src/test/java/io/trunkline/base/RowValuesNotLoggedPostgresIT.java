package io.trunkline.base;

import io.trunkline.PostgresTestBase;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@Import({ TestAccounts.class, NumberFixtures.class })
@ExtendWith(OutputCaptureExtension.class)
class RowValuesNotLoggedPostgresIT extends PostgresTestBase {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ConstraintTranslator translator;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_duplicate_number_and_a_failing_batch_log_no_value_of_their_rows(CapturedOutput output) {
		RowValueLogging.check(this.accounts, this.fixtures, this.jdbc, this.entityManager, this.transactions,
				this.translator, output);
	}

}
