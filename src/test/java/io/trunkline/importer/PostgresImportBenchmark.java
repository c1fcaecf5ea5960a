package io.trunkline.importer;

import io.trunkline.PostgresTestBase;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The import benchmark on PostgreSQL (see {@link ImportBench}). Run with
 * {@code ./mvnw -Pbench verify}; it runs in a JVM of its own with {@code -Xmx512m}.
 */
@Import({ TestAccounts.class, NumberFixtures.class, ImportBench.class })
class PostgresImportBenchmark extends PostgresTestBase {

	@Autowired
	private ImportBench bench;

	@Test
	void import_one_hundred_thousand_rows() throws Exception {
		this.bench.run("postgres");
	}

}
