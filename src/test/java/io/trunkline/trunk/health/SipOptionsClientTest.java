package io.trunkline.trunk.health;

import java.time.Duration;

import io.trunkline.trunk.Transport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSRF rules with private targets not allowed (the production default): a peer on
 * loopback that would answer is never sent to.
 */
class SipOptionsClientTest {

	private Sipp sipp;

	private SipEndpoints endpoints;

	private SipOptionsClient client;

	@AfterEach
	void tearDown() throws InterruptedException {
		if (this.endpoints != null) {
			this.endpoints.destroy();
		}
		if (this.sipp != null) {
			this.sipp.close();
		}
	}

	@Test
	void a_loopback_peer_is_refused_when_private_targets_are_not_allowed() throws Exception {
		Sipp.assumeInstalled();
		this.sipp = Sipp.start("options-200", "udp", Sipp.freePort());
		this.client = client(false);

		CheckResult result = this.client.check("sip:127.0.0.1:" + this.sipp.port(), Transport.UDP);

		assertThat(result.outcome()).isEqualTo(CheckOutcome.REFUSED);
		assertThat(result.describe()).isEqualTo("Not checked: 127.0.0.1 resolves to loopback address 127.0.0.1,"
				+ " which this server does not send to");
		assertThat(this.client.check("sip:[::1]:" + this.sipp.port(), Transport.UDP).describe())
			.contains("loopback address");
	}

	@Test
	void the_same_peer_answers_when_private_targets_are_allowed() throws Exception {
		Sipp.assumeInstalled();
		this.sipp = Sipp.start("options-200", "udp", Sipp.freePort());
		this.client = client(true);

		CheckResult result = this.client.check("sip:127.0.0.1:" + this.sipp.port(), Transport.UDP);

		assertThat(result.outcome()).isEqualTo(CheckOutcome.OK);
		assertThat(result.describe()).isEqualTo("200 OK");
	}

	private SipOptionsClient client(boolean allowPrivate) {
		this.endpoints = new SipEndpoints(properties(allowPrivate),
				new SipTlsProperties(Duration.ofSeconds(10), "", "", "PKCS12"));
		return new SipOptionsClient(this.endpoints);
	}

	private static TrunkHealthProperties properties(boolean allowPrivate) {
		return new TrunkHealthProperties(allowPrivate, Duration.ofSeconds(60), Duration.ZERO, Duration.ofSeconds(1), 3,
				2, false, 50, Duration.ofSeconds(5), 10, Duration.ofSeconds(10), "127.0.0.1");
	}

}
