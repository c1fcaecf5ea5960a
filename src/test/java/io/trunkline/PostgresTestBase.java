package io.trunkline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring test on a real PostgreSQL: each test class gets a fresh database (see
 * {@link PostgresTestDatabase}: skipped without a server unless required), dropped after
 * the class, with the postgres profile and a context of its own.
 */
@SpringBootTest(properties = "trunkline.crypto.generate-if-missing=true")
@ActiveProfiles({ "test", "postgres" })
@DirtiesContext
public abstract class PostgresTestBase {

	private static PostgresTestDatabase database;

	@BeforeAll
	static void createDatabase() {
		database = PostgresTestDatabase.create();
	}

	@AfterAll
	static void dropDatabase() {
		if (database != null) {
			database.drop();
			database = null;
		}
	}

	@DynamicPropertySource
	static void datasource(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> database.url());
		registry.add("spring.datasource.username", () -> database.user());
		registry.add("spring.datasource.password", () -> database.password());
	}

}
