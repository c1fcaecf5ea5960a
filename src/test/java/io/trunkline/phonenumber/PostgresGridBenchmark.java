package io.trunkline.phonenumber;

import io.trunkline.PostgresTestBase;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The numbers grid benchmark on PostgreSQL, in a database created for it and dropped
 * after. Run with {@code ./mvnw -Pbench verify}.
 */
@Import({ TestAccounts.class, NumberFixtures.class, GridBench.class })
class PostgresGridBenchmark extends PostgresTestBase {

	@Autowired
	private GridBench bench;

	/**
	 * Vacuumed as well as analyzed: autovacuum does that after a bulk load on a default
	 * server, and the visibility map it writes is what lets the deep page read the index
	 * only.
	 */
	@Test
	void grid_pages_and_count_over_one_million_numbers() {
		this.bench.run("postgres", "vacuum analyze");
	}

}
