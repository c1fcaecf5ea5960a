package io.trunkline.trunk.health;

import java.time.Duration;

import io.trunkline.TrunklineTest;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Check now" against sipp on loopback, over UDP and TCP: the answer's code, reason and
 * round-trip time, "rejects OPTIONS", failures, a closed port and the cooldown.
 */
@TrunklineTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:trunk-health-check-now;DB_CLOSE_DELAY=-1",
		"trunkline.sip.timeout=1s", "trunkline.sip.check-now-cooldown=0s" })
class TrunkHealthSippIT {

	private static final String MARKER_PASSWORD = "marker-pw-7d1f3c";

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TrunkHealthService health;

	@Autowired
	private JdbcTemplate jdbc;

	@RegisterExtension
	final SippTrunks sipp = new SippTrunks();

	@Test
	void a_peer_answering_200_over_udp_is_up_with_its_round_trip_time(CapturedOutput output) throws Exception {
		Sipp peer = this.sipp.peer("options-200", "udp");
		TrunkSummary trunk = trunk("sip:127.0.0.1:" + peer.port(), Transport.UDP);

		TrunkHealthView view = this.sipp.checkNow(this.health, trunk);

		assertThat(view.status()).isEqualTo(TrunkStatus.UP);
		assertThat(view.lastResponse()).isEqualTo("200 OK");
		assertThat(view.rttMs()).isNotNull().isBetween(0, 1000);
		assertThat(view.checkedAt()).isNotNull();
		assertThat(storedStatus(trunk)).isEqualTo("UP");
		assertThat(output.getAll()).doesNotContain(MARKER_PASSWORD).doesNotContain("OPTIONS sip:");
	}

	@Test
	void a_peer_answering_200_over_tcp_is_up() throws Exception {
		Sipp peer = this.sipp.peer("options-200", "tcp");
		TrunkSummary trunk = trunk("sip:127.0.0.1:" + peer.port() + ";transport=tcp", Transport.TCP);

		assertThat(this.sipp.checkNow(this.health, trunk).status()).isEqualTo(TrunkStatus.UP);
	}

	@Test
	void a_404_is_reachable_but_rejects_options() throws Exception {
		Sipp peer = this.sipp.peer("options-404", "udp");
		TrunkSummary trunk = trunk("sip:127.0.0.1:" + peer.port(), Transport.UDP);

		TrunkHealthView view = this.sipp.checkNow(this.health, trunk);

		assertThat(view.status()).isEqualTo(TrunkStatus.REJECTS_OPTIONS);
		assertThat(view.lastResponse()).isEqualTo("404 Not Found");
	}

	@Test
	void a_503_is_a_failure() throws Exception {
		Sipp peer = this.sipp.peer("options-503", "tcp");
		TrunkSummary trunk = trunk("sip:127.0.0.1:" + peer.port(), Transport.TCP);

		TrunkHealthView view = this.sipp.checkNow(this.health, trunk);

		assertThat(view.status()).isEqualTo(TrunkStatus.DOWN);
		assertThat(view.lastResponse()).isEqualTo("503 Service Unavailable");
	}

	@Test
	void a_silent_peer_times_out_within_the_timeout() throws Exception {
		Sipp peer = this.sipp.peer("options-silent", "udp");
		TrunkSummary trunk = trunk("sip:127.0.0.1:" + peer.port(), Transport.UDP);

		long started = System.nanoTime();
		TrunkHealthView view = this.sipp.checkNow(this.health, trunk);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
		assertThat(view.status()).isEqualTo(TrunkStatus.DOWN);
		assertThat(view.lastResponse()).isEqualTo("No answer within 1 s");
		assertThat(view.rttMs()).isNull();
	}

	@Test
	void a_closed_tcp_port_is_a_failure_at_once() throws Exception {
		TrunkSummary trunk = trunk("sip:127.0.0.1:" + Sipp.freePort(), Transport.TCP);

		long started = System.nanoTime();
		TrunkHealthView view = this.sipp.checkNow(this.health, trunk);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(view.status()).isEqualTo(TrunkStatus.DOWN);
		assertThat(view.lastResponse()).startsWith("No connection to 127.0.0.1:");
	}

	@Test
	void a_viewer_may_not_check_now_and_an_agent_manager_may() throws Exception {
		Sipp peer = this.sipp.peer("options-200", "udp");
		TrunkSummary trunk = trunk("sip:127.0.0.1:" + peer.port(), Transport.UDP);
		String viewer = this.accounts.addUser(this.sipp.org(), Role.VIEWER);
		String manager = this.accounts.addUser(this.sipp.org(), Role.AGENT_MANAGER);

		this.accounts.signIn(viewer);
		assertThatThrownBy(() -> this.health.checkNow(trunk.id())).isInstanceOf(AccessDeniedException.class);
		this.accounts.signIn(manager);
		assertThat(this.health.checkNow(trunk.id()).status()).isEqualTo(TrunkStatus.UP);
	}

	@Test
	void another_organizations_trunk_is_not_found_and_not_checked() throws Exception {
		Sipp peer = this.sipp.peer("options-200", "udp");
		TrunkSummary trunk = trunk("sip:127.0.0.1:" + peer.port(), Transport.UDP);
		Org other = this.accounts.newOrganization();

		this.accounts.signIn(other.adminEmail());
		assertThatThrownBy(() -> this.health.checkNow(trunk.id()))
			.isInstanceOf(io.trunkline.base.NotFoundException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from trunk_health where trunk_id = ?", Long.class,
				trunk.id()))
			.isZero();
	}

	private TrunkSummary trunk(String uri, Transport transport) {
		return this.sipp.trunk((command) -> {
			command.setTerminationUri(uri);
			command.setTransport(transport);
			command.setAuthUsername("user");
			command.setNewPassword(MARKER_PASSWORD);
		});
	}

	private String storedStatus(TrunkSummary trunk) {
		return this.jdbc.queryForObject("select status from trunk_health where trunk_id = ?", String.class, trunk.id());
	}

}
