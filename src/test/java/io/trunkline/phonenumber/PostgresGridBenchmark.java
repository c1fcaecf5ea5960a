package io.trunkline.phonenumber;

import io.trunkline.PostgresTestDatabase;
import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The numbers grid benchmark on PostgreSQL, in a database created for it and dropped
 * after. Run with {@code ./mvnw -Pbench verify}.
 */
@SpringBootTest(properties = "trunkline.crypto.generate-if-missing=true")
@ActiveProfiles({ "test", "postgres" })
@Import({ TestAccounts.class, NumberFixtures.class, GridBench.class })
@DirtiesContext
class PostgresGridBenchmark {

	private static PostgresTestDatabase database;

	@Autowired
	private GridBench bench;

	@BeforeAll
	static void createDatabase() {
		database = PostgresTestDatabase.create();
	}

	@AfterAll
	static void dropDatabase() {
		if (database != null) {
			database.drop();
		}
	}

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> database.url());
		registry.add("spring.datasource.username", () -> database.user());
		registry.add("spring.datasource.password", () -> database.password());
	}

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
