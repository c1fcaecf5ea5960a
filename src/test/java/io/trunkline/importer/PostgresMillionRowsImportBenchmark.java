package io.trunkline.importer;

import io.trunkline.PostgresTestBase;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * One import of a million rows on PostgreSQL through the real service (read, dry run
 * stored in import_row, durable run in chunks), against COPY of the same rows (see
 * {@link ImportBench}). Run with {@code ./mvnw -Pbench verify}: in the import benchmarks'
 * JVM of 512 MB, as the issue asks.
 */
@Import({ TestAccounts.class, NumberFixtures.class, ImportBench.class })
class PostgresMillionRowsImportBenchmark extends PostgresTestBase {

	@Autowired
	private ImportBench bench;

	@Test
	void import_a_million_rows() throws Exception {
		this.bench.run("postgres", 1_000_000, 1);
	}

}
