package io.trunkline.trunk.health;

import java.net.InetAddress;
import java.net.UnknownHostException;

import io.trunkline.trunk.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SipTargetsTest {

	private static InetAddress ip(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private final SipTargets strict = new SipTargets(false, (host) -> switch (host) {
		case "pbx.example.com" -> new InetAddress[] { ip("203.0.114.7") };
		case "mixed.example.com" -> new InetAddress[] { ip("8.8.8.8"), ip("10.0.0.5") };
		default -> throw new UnknownHostException(host);
	}, FakeSipDns.NONE);

	@Test
	void a_public_host_resolves_once_to_the_address_that_is_sent_to() throws Exception {
		SipTarget target = this.strict.resolve("sip:pbx.example.com:5080;transport=tcp", Transport.TCP);
		assertThat(target.address()).isEqualTo(ip("203.0.114.7"));
		assertThat(target.port()).isEqualTo(5080);
		assertThat(target.host()).isEqualTo("pbx.example.com");
	}

	@Test
	void without_a_port_udp_and_tcp_use_5060_and_tls_5061() throws Exception {
		assertThat(this.strict.resolve("pbx.example.com", Transport.UDP).port()).isEqualTo(5060);
		assertThat(this.strict.resolve("sips:pbx.example.com", Transport.TLS).port()).isEqualTo(5061);
	}

	@Test
	void a_host_with_one_private_address_among_public_ones_is_refused() {
		assertThatThrownBy(() -> this.strict.resolve("mixed.example.com", Transport.UDP))
			.isInstanceOf(SipTargetRefusedException.class)
			.hasMessageContaining("private address 10.0.0.5");
	}

	@Test
	void loopback_literals_are_refused_unless_private_targets_are_allowed() throws Exception {
		assertThatThrownBy(() -> this.strict.resolve("sip:127.0.0.1:5060", Transport.UDP))
			.hasMessageContaining("loopback");
		assertThatThrownBy(() -> this.strict.resolve("sip:[::ffff:192.168.0.1]:5060", Transport.UDP))
			.hasMessageContaining("private");
		SipTargets allowing = new SipTargets(true, InetAddress::getAllByName, FakeSipDns.NONE);
		assertThat(allowing.resolve("sip:127.0.0.1:5060", Transport.UDP).address()).isEqualTo(ip("127.0.0.1"));
	}

	@Test
	void ports_below_1024_other_than_the_sip_ports_are_refused() {
		assertThatThrownBy(() -> this.strict.resolve("sip:pbx.example.com:22", Transport.TCP))
			.hasMessage("Port 22 is not checked: use 5060, 5061 or 1024-65535");
	}

	@Test
	void an_unknown_host_is_a_dns_failure_in_words() {
		assertThatThrownBy(() -> this.strict.resolve("sip:nowhere.example.com", Transport.UDP))
			.hasMessage("The host nowhere.example.com was not found in DNS");
	}

}
