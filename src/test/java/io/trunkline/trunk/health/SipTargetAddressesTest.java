package io.trunkline.trunk.health;

import java.net.InetAddress;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SIP checks judge addresses by the webhooks' rule ({@code base.PublicAddresses}).
 */
class SipTargetAddressesTest {

	@ParameterizedTest
	@CsvSource({ "127.0.0.1, loopback", "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private",
			"192.168.1.1, private", "169.254.169.254, link-local", "100.64.0.1, carrier-grade NAT",
			"100.127.255.255, carrier-grade NAT", "0.0.0.0, unspecified", "0.1.2.3, reserved", "224.0.0.1, multicast",
			"239.255.255.250, multicast", "240.0.0.1, reserved", "255.255.255.255, reserved", "192.0.2.10, reserved",
			"192.88.99.1, reserved", "198.18.0.1, reserved", "::1, loopback", "::, unspecified", "fe80::1, link-local",
			"fc00::1, private", "fd12:3456::1, private", "ff02::1, multicast", "2001:db8::1, reserved",
			"::ffff:127.0.0.1, loopback", "::ffff:10.0.0.1, private", "::127.0.0.1, loopback",
			"64:ff9b::a9fe:a9fe, link-local", "2002:c0a8:0101::1, private", "fec0::1, private",
			"2001:0:4136:e378::1, reserved" })
	void non_public_addresses_are_refused_with_their_kind(String literal, String kind) throws Exception {
		assertThat(SipTargetAddresses.refusal(InetAddress.getByName(literal))).isEqualTo(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.32.0.1", "192.169.0.1",
			"2606:4700:4700::1111", "2a00:1450:4001::1", "::ffff:8.8.8.8", "64:ff9b::808:808" })
	void public_unicast_addresses_are_allowed(String literal) throws Exception {
		assertThat(SipTargetAddresses.refusal(InetAddress.getByName(literal))).isNull();
	}

}
