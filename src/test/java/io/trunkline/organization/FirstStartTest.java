package io.trunkline.organization;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.trunkline.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An empty installation without {@code TRUNKLINE_ADMIN_PASSWORD}: the first admin gets a
 * random password, logged once and written to an owner-only file.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:first-start;DB_CLOSE_DELAY=-1",
		"trunkline.data-dir=target/first-start-data", "trunkline.bootstrap.admin-password=",
		"trunkline.bootstrap.admin-email=first@trunkline.test" })
@ActiveProfiles("test")
@Import(TestAccounts.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

	@Autowired
	private FirstStart firstStart;

	@Autowired
	private UserDetailsService userDetails;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Test
	void generated_password_is_written_owner_only_and_signs_the_admin_in() throws Exception {
		Path file = Path.of("target/first-start-data", FirstStart.PASSWORD_FILE);
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String password = Files.readString(file).strip();
		assertThat(password).hasSize(20);
		String hash = this.userDetails.loadUserByUsername("first@trunkline.test").getPassword();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
		assertThat(this.passwordEncoder.matches(password, hash)).isTrue();
	}

	@Test
	void a_second_start_creates_nothing_and_prints_no_password(CapturedOutput output) {
		int before = output.length();
		assertThat(this.firstStart.createIfEmpty()).isEmpty();
		assertThat(output.toString().substring(before)).doesNotContain("Initial password");
	}

}
