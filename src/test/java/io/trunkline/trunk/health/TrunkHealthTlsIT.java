package io.trunkline.trunk.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OPTIONS and REGISTER over TLS: sipp behind socat with certificates made for this run.
 * The trust store holds the "localhost" and "wrong.example" certificates; a third one,
 * also for "localhost", is trusted by nobody.
 */
@TrunklineTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:trunk-health-tls;DB_CLOSE_DELAY=-1",
		"trunkline.sip.check-now-cooldown=0s", "trunkline.sip.tls.timeout=4s" })
class TrunkHealthTlsIT {

	private static Path localhost;

	private static Path wrongHost;

	private static Path untrusted;

	@DynamicPropertySource
	static void trustStore(DynamicPropertyRegistry registry) throws Exception {
		TlsProxy.assumeInstalled();
		Path folder = Files.createTempDirectory("sip-tls-");
		localhost = TlsProxy.certificate(folder, "localhost");
		wrongHost = TlsProxy.certificate(folder, "wrong.example");
		untrusted = TlsProxy.certificate(folder.resolve("untrusted"), "localhost");
		Path store = TlsProxy.trustStore(folder, localhost, wrongHost);
		registry.add("trunkline.sip.tls.trust-store", store::toString);
		registry.add("trunkline.sip.tls.trust-store-password", () -> TlsProxy.TRUST_STORE_PASSWORD);
	}

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private TrunkHealthService health;

	private Org org;

	private Sipp sipp;

	private TlsProxy proxy;

	@BeforeEach
	void setUp() {
		TlsProxy.assumeInstalled();
		this.org = this.accounts.newOrganization();
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		if (this.proxy != null) {
			this.proxy.close();
		}
		if (this.sipp != null) {
			this.sipp.close();
		}
		this.accounts.signOut();
	}

	@Test
	void a_trusted_certificate_for_the_host_is_up_over_tls() throws Exception {
		start("options-200", localhost);

		TrunkHealthView view = checkNow(trunk("sips:localhost:" + this.proxy.port(), null));

		assertThat(view.lastResponse()).isEqualTo("200 OK");
		assertThat(view.status()).isEqualTo(TrunkStatus.UP);
	}

	@Test
	void the_same_server_by_an_address_its_certificate_does_not_name_fails() throws Exception {
		start("options-200", localhost);
		TrunkSummary byName = trunk("sips:localhost:" + this.proxy.port(), null);
		TrunkSummary byAddress = trunk("sips:127.0.0.1:" + this.proxy.port(), null);

		assertThat(checkNow(byName).status()).isEqualTo(TrunkStatus.UP);
		TrunkHealthView view = checkNow(byAddress);

		assertThat(view.status()).isEqualTo(TrunkStatus.DOWN);
		assertThat(view.lastResponse()).isEqualTo("TLS: the server's certificate does not match host 127.0.0.1");
	}

	@Test
	void a_certificate_for_another_host_name_fails_with_the_reason() throws Exception {
		start("options-200", wrongHost);

		TrunkHealthView view = checkNow(trunk("sips:localhost:" + this.proxy.port(), null));

		assertThat(view.status()).isEqualTo(TrunkStatus.DOWN);
		assertThat(view.lastResponse()).isEqualTo("TLS: the server's certificate does not match host localhost");
	}

	@Test
	void an_untrusted_certificate_fails() throws Exception {
		start("options-200", untrusted);

		TrunkHealthView view = checkNow(trunk("sips:localhost:" + this.proxy.port(), null));

		assertThat(view.status()).isEqualTo(TrunkStatus.DOWN);
		assertThat(view.lastResponse()).isEqualTo("TLS: the server's certificate is not trusted");
	}

	@Test
	void registration_over_tls_is_checked_with_digest() throws Exception {
		start("registrar", localhost);
		TrunkSummary trunk = trunk("sips:localhost:" + this.proxy.port(), "right-marker-pw-5b2e9a");

		checkNow(trunk);

		RegistrationView registration = this.health.registrations(List.of(trunk.id())).get(trunk.id());
		assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
		assertThat(registration.response()).isEqualTo("200 OK");
	}

	private void start(String scenario, Path certificate) throws Exception {
		this.sipp = Sipp.start(scenario, "tcp", Sipp.freePort());
		this.proxy = TlsProxy.start(certificate, this.sipp.port());
	}

	private TrunkSummary trunk(String uri, String password) {
		TrunkCommand command = new TrunkCommand();
		command.setName("TLS " + System.nanoTime());
		command.setTerminationUri(uri);
		command.setTransport(Transport.TLS);
		command.setAuthUsername("trunk-user");
		command.setNewPassword(password);
		command.setRegistrationEnabled(password != null);
		TrunkSummary[] created = new TrunkSummary[1];
		this.accounts.as(this.org.adminEmail(), () -> created[0] = this.trunks.create(command));
		return created[0];
	}

	private TrunkHealthView checkNow(TrunkSummary trunk) {
		this.accounts.signIn(this.org.adminEmail());
		return this.health.checkNow(trunk.id());
	}

}
