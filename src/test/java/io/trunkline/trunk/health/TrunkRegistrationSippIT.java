package io.trunkline.trunk.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Registration checks against sipp as a registrar (401 digest challenge, then 200 for the
 * right password and 403 for a wrong one), through "Check now". JAIN-SIP's own loggers
 * are at TRACE here, so only Trunkline's replacement of them keeps the password, the
 * digest and the messages out of the log.
 */
@TrunklineTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:trunk-registration;DB_CLOSE_DELAY=-1",
		"trunkline.sip.timeout=2s", "trunkline.sip.check-now-cooldown=0s", "logging.level.gov.nist=TRACE",
		"logging.level.javax.sip=TRACE" })
class TrunkRegistrationSippIT {

	/** The password sipp's registrar accepts (see registrar.xml). */
	private static final String RIGHT_PASSWORD = "right-marker-pw-5b2e9a";

	private static final String WRONG_PASSWORD = "wrong-marker-pw-c81f07";

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TrunkHealthService health;

	@Autowired
	private JdbcTemplate jdbc;

	@RegisterExtension
	final SippTrunks sipp = new SippTrunks();

	@Test
	void the_right_password_is_registered_with_the_bindings_expiry(CapturedOutput output) throws Exception {
		this.sipp.peer("registrar", "udp");
		TrunkSummary trunk = trunk(RIGHT_PASSWORD, true);

		TrunkHealthView checked = checkNow(trunk);
		RegistrationView registration = registration(trunk);

		assertThat(checked.status()).isEqualTo(TrunkStatus.UP);
		assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
		assertThat(registration.response()).isEqualTo("200 OK");
		assertThat(registration.expiresAt()).isCloseTo(Instant.now().plusSeconds(1800), within(Duration.ofSeconds(30)));
		assertThat(this.jdbc.queryForObject("select registration_state from trunk_health where trunk_id = ?",
				String.class, trunk.id()))
			.isEqualTo("REGISTERED");
		assertNothingSecretLogged(output);
	}

	@Test
	void a_wrong_password_is_failed_with_the_response_and_its_meaning(CapturedOutput output) throws Exception {
		this.sipp.peer("registrar", "udp");
		TrunkSummary trunk = trunk(WRONG_PASSWORD, true);

		checkNow(trunk);
		RegistrationView registration = registration(trunk);

		assertThat(registration.state()).isEqualTo(RegistrationState.FAILED);
		assertThat(registration.response()).isEqualTo("403 Forbidden");
		assertThat(registration.description()).contains("username or password is wrong");
		assertThat(registration.expiresAt()).isNull();
		assertNothingSecretLogged(output);
	}

	@Test
	void a_second_challenge_is_a_failure_not_another_retry() throws Exception {
		this.sipp.peer("registrar-always-401", "udp");
		TrunkSummary trunk = trunk(RIGHT_PASSWORD, true);

		long started = System.nanoTime();
		checkNow(trunk);
		RegistrationView registration = registration(trunk);

		assertThat(registration.state()).isEqualTo(RegistrationState.FAILED);
		assertThat(registration.response()).isEqualTo("401 Unauthorized");
		assertThat(registration.description()).isEqualTo("The registrar did not accept the username and password");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void a_silent_registrar_is_failed_as_unreachable() throws Exception {
		this.sipp.peer("options-silent", "udp");
		TrunkSummary trunk = trunk(RIGHT_PASSWORD, true);

		checkNow(trunk);
		RegistrationView registration = registration(trunk);

		assertThat(registration.state()).isEqualTo(RegistrationState.FAILED);
		assertThat(registration.response()).isEqualTo("No answer within 2 s");
		assertThat(registration.description()).isEqualTo("The registrar could not be reached");
	}

	@Test
	void registration_off_is_disabled_and_another_organization_sees_nothing() throws Exception {
		this.sipp.peer("registrar", "udp");
		TrunkSummary trunk = trunk(RIGHT_PASSWORD, false);

		checkNow(trunk);

		assertThat(registration(trunk).state()).isEqualTo(RegistrationState.DISABLED);
		Org other = this.accounts.newOrganization();
		this.accounts.signIn(other.adminEmail());
		assertThat(this.health.registrations(List.of(trunk.id())).get(trunk.id()).state())
			.isEqualTo(RegistrationState.NOT_CHECKED);
	}

	private void assertNothingSecretLogged(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContain(RIGHT_PASSWORD)
			.doesNotContain(WRONG_PASSWORD)
			.doesNotContain("Authorization:")
			.doesNotContain("REGISTER sip:")
			.doesNotContain("response=\"");
	}

	private TrunkSummary trunk(String password, boolean registration) {
		return this.sipp.trunk((command) -> {
			command.setAuthUsername("trunk-user");
			command.setNewPassword(password);
			command.setRegistrationEnabled(registration);
		});
	}

	private TrunkHealthView checkNow(TrunkSummary trunk) {
		return this.sipp.checkNow(this.health, trunk);
	}

	private RegistrationView registration(TrunkSummary trunk) {
		this.sipp.signInAdmin();
		return this.health.registrations(List.of(trunk.id())).get(trunk.id());
	}

}
