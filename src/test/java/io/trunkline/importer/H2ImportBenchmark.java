package io.trunkline.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.trunkline.phonenumber.NumberFixtures;
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
 * The import benchmark on an H2 file database of its own, as the default installation
 * runs (see {@link ImportBench}). Run with {@code ./mvnw -Pbench verify}; it runs in a
 * JVM of its own with {@code -Xmx512m}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/bench-h2/import;DB_CLOSE_ON_EXIT=FALSE")
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class, ImportBench.class })
@DirtiesContext
class H2ImportBenchmark {

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void removeEarlierRun() throws IOException {
		Path files = Path.of("target/bench-h2");
		if (Files.isDirectory(files)) {
			try (var list = Files.list(files)) {
				for (Path file : list.filter((f) -> f.getFileName().toString().startsWith("import")).toList()) {
					Files.delete(file);
				}
			}
		}
	}

	@AfterEach
	void deleteDatabase() {
		this.jdbc.execute("drop all objects delete files");
	}

	@Autowired
	private ImportBench bench;

	@Test
	void import_one_hundred_thousand_rows() throws Exception {
		this.bench.run("h2");
	}

}
