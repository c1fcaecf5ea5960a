package io.trunkline.trunk.health;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Which addresses a tenant may make this server send SIP packets to: public unicast only.
 * Loopback, private, link-local, carrier-grade NAT, multicast, documentation and other
 * reserved ranges are refused, for IPv4 and IPv6 alike; IPv6 forms that embed an IPv4
 * address (mapped, compatible, NAT64, 6to4) are judged by that address.
 */
final class SipTargetAddresses {

	private record Range(byte[] prefix, int bits, String name) {

		boolean contains(byte[] address) {
			if (address.length != this.prefix.length) {
				return false;
			}
			for (int bit = 0; bit < this.bits; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((address[bit / 8] & mask) != (this.prefix[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

	private static final List<Range> REFUSED = List.of(range("0.0.0.0", 8, "this network"),
			range("10.0.0.0", 8, "private"), range("100.64.0.0", 10, "carrier-grade NAT"),
			range("127.0.0.0", 8, "loopback"), range("169.254.0.0", 16, "link-local"),
			range("172.16.0.0", 12, "private"), range("192.0.0.0", 24, "reserved"),
			range("192.0.2.0", 24, "documentation"), range("192.88.99.0", 24, "reserved"),
			range("192.168.0.0", 16, "private"), range("198.18.0.0", 15, "benchmarking"),
			range("198.51.100.0", 24, "documentation"), range("203.0.113.0", 24, "documentation"),
			range("224.0.0.0", 4, "multicast"), range("240.0.0.0", 4, "reserved"), range("::", 128, "unspecified"),
			range("::1", 128, "loopback"), range("100::", 64, "discard"), range("2001::", 23, "reserved"),
			range("2001:db8::", 32, "documentation"), range("fc00::", 7, "private"), range("fe80::", 10, "link-local"),
			range("fec0::", 10, "site-local"), range("ff00::", 8, "multicast"));

	private SipTargetAddresses() {
	}

	/**
	 * @return why the address is refused, e.g. {@code "private"}, or {@code null} when it
	 * is a public unicast address
	 */
	static String refusal(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (address instanceof Inet6Address) {
			byte[] embedded = embeddedIpv4(bytes);
			if (embedded != null) {
				bytes = embedded;
			}
		}
		for (Range range : REFUSED) {
			if (range.contains(bytes)) {
				return range.name();
			}
		}
		return null;
	}

	/** The IPv4 address inside an IPv4-mapped/-compatible, NAT64 or 6to4 IPv6 address. */
	private static byte[] embeddedIpv4(byte[] v6) {
		boolean zeros80 = true;
		for (int i = 0; i < 10; i++) {
			zeros80 &= v6[i] == 0;
		}
		boolean mapped = zeros80 && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff;
		boolean compatible = zeros80 && v6[10] == 0 && v6[11] == 0 && !isZeroOrOne(v6);
		boolean nat64 = (v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff
				&& (v6[3] & 0xff) == 0x9b;
		if (mapped || compatible || nat64) {
			return new byte[] { v6[12], v6[13], v6[14], v6[15] };
		}
		if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
			return new byte[] { v6[2], v6[3], v6[4], v6[5] };
		}
		return null;
	}

	private static boolean isZeroOrOne(byte[] v6) {
		for (int i = 12; i < 15; i++) {
			if (v6[i] != 0) {
				return false;
			}
		}
		return v6[15] == 0 || v6[15] == 1;
	}

	private static Range range(String literal, int bits, String name) {
		try {
			InetAddress address = InetAddress.getByName(literal);
			byte[] bytes = (address instanceof Inet4Address || literal.contains(":")) ? address.getAddress() : null;
			return new Range(bytes, bits, name);
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

}
