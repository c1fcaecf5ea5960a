package io.trunkline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL in string literals is invisible to ArchUnit, so this reads the sources: every table
 * the migrations create belongs to the feature whose entity maps it, and a string literal
 * that reads or writes a table ({@code from}, {@code join}, {@code into}, {@code update},
 * {@code delete from}) appears only in that feature's packages.
 */
class TableOwnershipTest {

	private static final Path MAIN = Path.of("src/main/java/io/trunkline");

	private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");

	private static final Pattern MAPPED_TABLE = Pattern
		.compile("@(?:Table|CollectionTable|JoinTable)\\(name = \"([a-z_]+)\"");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern TABLE_USE = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+([a-z_]+)\\b");

	/** Tables a library owns and reads itself: db-scheduler's (V11), Bucket4j's (V14). */
	private static final Set<String> LIBRARY_TABLES = Set.of("scheduled_tasks", "rate_limit_bucket");

	private static Map<String, String> owners;

	@BeforeAll
	static void readOwners() throws IOException {
		owners = new HashMap<>();
		for (Path source : sources()) {
			Matcher mapped = MAPPED_TABLE.matcher(Files.readString(source));
			while (mapped.find()) {
				owners.put(mapped.group(1), feature(source));
			}
		}
		// A table no entity maps (written with JDBC only) is owned by the one feature
		// whose
		// SQL names it; named by two features, it has no owner and the test below fails.
		Map<String, Set<String>> users = new HashMap<>();
		for (Path source : sources()) {
			Matcher literal = LITERAL.matcher(Files.readString(source));
			while (literal.find()) {
				Matcher use = TABLE_USE.matcher(literal.group(1));
				while (use.find()) {
					users.computeIfAbsent(use.group(1).toLowerCase(), (table) -> new TreeSet<>()).add(feature(source));
				}
			}
		}
		users.forEach((table, features) -> {
			if (!owners.containsKey(table) && features.size() == 1) {
				owners.put(table, features.iterator().next());
			}
		});
	}

	@Test
	void every_migrated_table_is_mapped_by_one_feature() throws IOException {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path migration : migrations.toList()) {
				Matcher created = CREATE_TABLE.matcher(Files.readString(migration));
				while (created.find()) {
					tables.add(created.group(1).toLowerCase());
				}
			}
		}
		assertThat(tables).isNotEmpty();
		tables.removeAll(LIBRARY_TABLES);
		assertThat(owners.keySet()).containsAll(tables);
	}

	@Test
	void sql_naming_a_table_lives_only_in_the_feature_that_owns_it() throws IOException {
		List<String> strays = new ArrayList<>();
		for (Path source : sources()) {
			String feature = feature(source);
			Matcher literal = LITERAL.matcher(Files.readString(source));
			while (literal.find()) {
				Matcher use = TABLE_USE.matcher(literal.group(1));
				while (use.find()) {
					String owner = owners.get(use.group(1));
					if (owner != null && !owner.equals(feature)) {
						strays.add(MAIN.relativize(source) + " uses " + use.group(1) + " of " + owner);
					}
				}
			}
		}
		assertThat(strays).isEmpty();
	}

	private static List<Path> sources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter((file) -> file.toString().endsWith(".java")).toList();
		}
	}

	/** The feature is the first package below io.trunkline ("" for the root). */
	private static String feature(Path source) {
		Path relative = MAIN.relativize(source);
		return (relative.getNameCount() > 1) ? relative.getName(0).toString() : "";
	}

}
