package io.trunkline.trunk.health;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.trunkline.trunk.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RFC 3263 lookups with a fake DNS: NAPTR, then SRV, then A/AAAA where the URI names no
 * port; A/AAAA only for an explicit port; no lookup at all for an IP address. Every
 * address found still goes through the address rules.
 */
class Rfc3263Test {

	private final List<String> asked = new ArrayList<>();

	private final FakeSipDns dns = new FakeSipDns(
			Map.of("example.com",
					List.of(new SipDns.Naptr(10, 50, "s", "SIP+D2U", "_sip._udp.sip-udp.example.com"),
							new SipDns.Naptr(20, 50, "s", "SIP+D2T", "_sip._tcp.sip-tcp.example.com"),
							new SipDns.Naptr(30, 50, "s", "SIPS+D2T", "_sips._tcp.example.com"))),
			Map.of("_sip._udp.sip-udp.example.com",
					List.of(new SipDns.Srv(20, 10, 5090, "backup.example.com"),
							new SipDns.Srv(10, 5, 5080, "primary.example.com")),
					"_sip._tcp.sip-tcp.example.com", List.of(new SipDns.Srv(10, 0, 5070, "primary.example.com")),
					"_sips._tcp.example.com", List.of(new SipDns.Srv(10, 0, 5061, "tls.example.com")),
					"_sip._udp.srv-only.example.com",
					List.of(new SipDns.Srv(10, 0, 5062, "gone.example.com"),
							new SipDns.Srv(20, 0, 5063, "primary.example.com")),
					"_sip._tcp.private.example.com", List.of(new SipDns.Srv(10, 0, 5060, "inside.example.com"))));

	private final SipTargets targets = new SipTargets(false, this::resolve, this.dns);

	private InetAddress[] resolve(String host) throws UnknownHostException {
		this.asked.add(host);
		return switch (host) {
			case "primary.example.com" -> new InetAddress[] { InetAddress.getByName("1.1.1.1") };
			case "backup.example.com" -> new InetAddress[] { InetAddress.getByName("1.0.0.1") };
			case "tls.example.com" -> new InetAddress[] { InetAddress.getByName("2001:4860::5") };
			case "example.com", "srv-only.example.com" -> new InetAddress[] { InetAddress.getByName("8.8.4.4") };
			case "inside.example.com" -> new InetAddress[] { InetAddress.getByName("10.1.2.3") };
			default -> throw new UnknownHostException(host);
		};
	}

	@Test
	void naptr_names_the_srv_record_of_the_trunks_transport_and_srv_gives_host_and_port() throws Exception {
		SipTarget udp = this.targets.resolve("sip:example.com", Transport.UDP);
		assertThat(udp.address().getHostAddress()).isEqualTo("1.1.1.1");
		assertThat(udp.port()).isEqualTo(5080);
		assertThat(udp.host()).isEqualTo("example.com");

		SipTarget tcp = this.targets.resolve("sip:example.com", Transport.TCP);
		assertThat(tcp.port()).isEqualTo(5070);
		SipTarget tls = this.targets.resolve("sips:example.com", Transport.TLS);
		assertThat(tls.address().getHostAddress()).isEqualTo("2001:4860:0:0:0:0:0:5");
		assertThat(tls.port()).isEqualTo(5061);
		assertThat(tls.host()).isEqualTo("example.com");
	}

	@Test
	void without_naptr_srv_is_asked_and_a_target_without_address_is_skipped() throws Exception {
		SipTarget target = this.targets.resolve("srv-only.example.com", Transport.UDP);
		assertThat(target.port()).isEqualTo(5063);
		assertThat(this.asked).containsExactly("gone.example.com", "primary.example.com");
	}

	@Test
	void without_naptr_and_srv_the_host_and_the_default_port_are_used() throws Exception {
		SipTarget target = this.targets.resolve("sip:srv-only.example.com;transport=tcp", Transport.TCP);
		assertThat(target.address().getHostAddress()).isEqualTo("8.8.4.4");
		assertThat(target.port()).isEqualTo(5060);
	}

	@Test
	void an_explicit_port_means_a_and_aaaa_only() throws Exception {
		SipTarget target = this.targets.resolve("sip:example.com:5066", Transport.UDP);
		assertThat(target.address().getHostAddress()).isEqualTo("8.8.4.4");
		assertThat(target.port()).isEqualTo(5066);
		assertThat(this.asked).containsExactly("example.com");
	}

	@Test
	void an_ip_address_is_never_looked_up() throws Exception {
		SipTarget target = this.targets.resolve("sip:9.9.9.9", Transport.UDP);
		assertThat(target.port()).isEqualTo(5060);
		assertThat(this.asked).isEmpty();
	}

	@Test
	void an_srv_target_on_a_private_address_is_refused() {
		assertThatThrownBy(() -> this.targets.resolve("sip:private.example.com", Transport.TCP))
			.isInstanceOf(SipTargetRefusedException.class)
			.hasMessageContaining("private address 10.1.2.3");
	}

	@Test
	void the_jndi_records_text_is_read_with_quoted_fields() {
		assertThat(JndiSipDns.fields("10 50 \"s\" \"SIP+D2U\" \"\" _sip._udp.example.com.")).containsExactly("10", "50",
				"s", "SIP+D2U", "", "_sip._udp.example.com.");
		assertThat(JndiSipDns.fields("10 60 5060 sip.example.com.")).containsExactly("10", "60", "5060",
				"sip.example.com.");
	}

}
