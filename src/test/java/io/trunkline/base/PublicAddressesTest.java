package io.trunkline.base;

import io.trunkline.base.PublicAddresses.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAddressesTest {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "example.com, PUBLIC", "hooks.example.com., PUBLIC", "8.8.8.8, PUBLIC", "1.1.1.1, PUBLIC",
			"2606:4700:4700::1111, PUBLIC", "[2606:4700:4700::1111], PUBLIC", "172.32.0.1, PUBLIC",
			"100.128.0.1, PUBLIC", "localhost, LOOPBACK", "LOCALHOST, LOOPBACK", "api.localhost, LOOPBACK",
			"127.0.0.1, LOOPBACK", "127.255.255.254, LOOPBACK", "::1, LOOPBACK", "[::1], LOOPBACK",
			"::ffff:127.0.0.1, LOOPBACK", "[::ffff:7f00:1], LOOPBACK", "10.0.0.1, PRIVATE", "172.16.5.4, PRIVATE",
			"172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE", "::ffff:10.0.0.1, PRIVATE", "fd00::1, PRIVATE",
			"fc12:3456::1, PRIVATE", "64:ff9b::10.0.0.1, PRIVATE", "2002:c0a8:0101::1, PRIVATE",
			"169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL", "::ffff:169.254.1.1, LINK_LOCAL",
			"100.64.0.1, SHARED", "100.127.255.255, SHARED", "224.0.0.1, MULTICAST", "239.1.2.3, MULTICAST",
			"ff02::1, MULTICAST", "0.0.0.0, UNSPECIFIED", "::, UNSPECIFIED", "0.1.2.3, RESERVED",
			"192.0.2.10, RESERVED", "198.51.100.1, RESERVED", "203.0.113.9, RESERVED", "198.18.0.1, RESERVED",
			"240.0.0.1, RESERVED", "255.255.255.255, RESERVED", "2001:db8::1, RESERVED", "intranet, LOCAL_NAME",
			"printer.local, LOCAL_NAME", "nas.home.arpa, LOCAL_NAME", "999.1.1.1, INVALID_IP", "256.0.0.1, INVALID_IP",
			"127.1, INVALID_IP", "2130706433, INVALID_IP", "0x7f000001, INVALID_IP", "010.0.0.1, INVALID_IP",
			"1.2.3.4.5, INVALID_IP", "[::1, INVALID_IP", "fe80::1%eth0, INVALID_IP", "::ffff:999.0.0.1, INVALID_IP",
			"12345::1, INVALID_IP", "::127.0.0.1, LOOPBACK", "2001:0:4136:e378::1, RESERVED", "192.88.99.1, RESERVED",
			"64:ff9b::a9fe:a9fe, LINK_LOCAL" })
	void a_host_is_judged_by_its_literal_form(String host, Scope expected) {
		assertThat(PublicAddresses.of(host)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "PUBLIC, true", "LOOPBACK, false", "PRIVATE, false", "INVALID_IP, false" })
	void only_public_hosts_are_public(Scope scope, boolean expected) {
		assertThat(scope.isPublic()).isEqualTo(expected);
	}

}
