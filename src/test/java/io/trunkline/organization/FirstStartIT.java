package io.trunkline.organization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.trunkline.security.TestAccounts;
import io.trunkline.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start as the packaged console does it: an H2 file database in a fresh data
 * folder, a generated admin password, a real port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:file:./target/first-start-it/trunkline",
				"trunkline.data-dir=target/first-start-it", "trunkline.bootstrap.admin-password=",
				"trunkline.bootstrap.admin-email=first-it@trunkline.test" })
@ActiveProfiles("test")
@Import({ TestAccounts.class, FirstStartIT.ServerStart.class })
class FirstStartIT {

	private static final Path DATA = Path.of("target/first-start-it");

	static {
		// Before the context starts: a fresh folder, as a person's first start has, but
		// world-readable as an earlier version left it.
		try {
			FileSystemUtils.deleteRecursively(DATA);
			Files.createDirectories(DATA,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
			Files.writeString(DATA.resolve("trunkline.trace.db"), "an old trace");
			Files.setPosixFilePermissions(DATA.resolve("trunkline.trace.db"),
					PosixFilePermissions.fromString("rw-r--r--"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	private ServerStart serverStart;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private UserService users;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void the_first_admin_exists_before_the_server_accepts_requests() {
		assertThat(this.serverStart.adminsWhenServerStarted.get()).isEqualTo(1);
	}

	@Test
	void the_data_folder_and_the_database_files_are_readable_by_their_owner_only() throws IOException {
		assertThat(permissions(DATA)).isEqualTo("rwx------");
		List<Path> files;
		try (Stream<Path> listed = Files.list(DATA)) {
			files = listed.toList();
		}
		assertThat(files).extracting((file) -> file.getFileName().toString())
			.contains("trunkline.mv.db", "trunkline.trace.db", FirstStart.PASSWORD_FILE);
		assertThat(files)
			.allSatisfy((file) -> assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
	}

	@Test
	void the_initial_password_file_goes_once_the_admin_chose_their_password() throws IOException {
		Path file = DATA.resolve(FirstStart.PASSWORD_FILE);
		String initial = Files.readString(file).strip();

		TestAccounts.Org other = this.accounts.newOrganization();
		this.accounts.setPassword(other.adminEmail(), "another-admins-password");
		this.accounts.as(other.adminEmail(),
				() -> this.users.changeOwnPassword("another-admins-password", "another-admins-new-password"));
		assertThat(file).exists();

		this.accounts.as("first-it@trunkline.test",
				() -> this.users.changeOwnPassword(initial, "the-first-admins-own-password"));
		assertThat(file).doesNotExist();
	}

	private static String permissions(Path path) {
		try {
			return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Counts the first admins at the moment the web server has started and listens. */
	@TestComponent
	static class ServerStart implements ApplicationListener<ServletWebServerInitializedEvent> {

		final AtomicReference<Integer> adminsWhenServerStarted = new AtomicReference<>();

		private final JdbcTemplate jdbc;

		ServerStart(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public void onApplicationEvent(ServletWebServerInitializedEvent event) {
			this.adminsWhenServerStarted.set(this.jdbc.queryForObject(
					"select count(*) from app_user where email = 'first-it@trunkline.test'", Integer.class));
		}

	}

}
