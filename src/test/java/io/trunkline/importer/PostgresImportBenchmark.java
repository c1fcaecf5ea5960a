package io.trunkline.importer;

import javax.sql.DataSource;

import io.trunkline.PostgresTestBase;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import benchmark on PostgreSQL (see {@link ImportBench}). Run with
 * {@code ./mvnw -Pbench verify}; it runs in a JVM of its own with {@code -Xmx512m}.
 */
@Import({ TestAccounts.class, NumberFixtures.class })
class PostgresImportBenchmark extends PostgresTestBase {

	@Autowired
	private ImportService imports;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@Test
	void import_one_hundred_thousand_rows() throws Exception {
		new ImportBench(this.imports, this.accounts, this.fixtures, this.jdbc, this.dataSource).run("postgres");
	}

}
