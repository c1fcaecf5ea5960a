package io.trunkline.phonenumber;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The numbers grid benchmark on an H2 file database of its own, as the default
 * installation runs. H2 would hand a repeated query its previous result while no table
 * changed ({@code OPTIMIZE_REUSE_RESULTS}); that is off here, so every call runs the
 * query. Run with {@code ./mvnw -Pbench verify}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/bench-h2/grid;DB_CLOSE_ON_EXIT=FALSE;"
		+ "OPTIMIZE_REUSE_RESULTS=FALSE")
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class, GridBench.class })
@DirtiesContext
class H2GridBenchmark {

	private static final Path FILES = Path.of("target/bench-h2");

	@Autowired
	private GridBench bench;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void removeEarlierRun() throws IOException {
		if (Files.isDirectory(FILES)) {
			try (var files = Files.list(FILES)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@AfterEach
	void deleteDatabase() {
		this.jdbc.execute("drop all objects delete files");
	}

	@Test
	void grid_pages_and_count_over_one_million_numbers() {
		this.bench.run("h2", "analyze");
	}

}
