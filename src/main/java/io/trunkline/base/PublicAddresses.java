package io.trunkline.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one rule for whether a host that Trunkline would connect to (a webhook, a SIP
 * trunk) is on the public internet. A host is judged by its literal form only: an IP
 * address by the range it is in (IPv4, IPv6 and IPv4-mapped IPv6), a name by the names
 * that can only mean this machine or the local network ({@code localhost},
 * {@code .local}, a name without a dot). No DNS lookup is done, so a public name that
 * resolves to a private address passes here; the code that connects must check the
 * resolved address again.
 */
public final class PublicAddresses {

	/**
	 * Where a host is.
	 */
	public enum Scope {

		PUBLIC("a public address", "public"), LOOPBACK("a loopback address (this machine)", "loopback"),
		PRIVATE("a private network address", "private"), LINK_LOCAL("a link-local address", "link-local"),
		SHARED("a carrier-grade NAT address (100.64.0.0/10)", "carrier-grade NAT"),
		MULTICAST("a multicast address", "multicast"), UNSPECIFIED("the unspecified address", "unspecified"),
		RESERVED("a reserved or documentation address", "reserved"),
		LOCAL_NAME("a name only the local network knows", "local"), INVALID_IP("not a valid IP address", "invalid");

		private final String description;

		private final String kind;

		Scope(String description, String kind) {
			this.description = description;
			this.kind = kind;
		}

		/** What the scope means, in words for an error message. */
		public String description() {
			return this.description;
		}

		/** The scope in one or two words, as in "a {@code private} address". */
		public String kind() {
			return this.kind;
		}

		public boolean isPublic() {
			return this == PUBLIC;
		}

	}

	private static final Pattern IPV4 = Pattern.compile(
			"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

	// a host whose last label is a number (or 0x...) is read as an IPv4 address by URL
	// parsers
	private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?:^|.*\\.)(?:[0-9]+|0[xX][0-9A-Fa-f]*)\\.?$");

	// checked in this order; the first match names the scope
	private static final Map<Scope, List<String>> RANGES = Map.of(Scope.UNSPECIFIED, List.of("0.0.0.0/32", "::/128"),
			Scope.LOOPBACK, List.of("127.0.0.0/8", "::1/128"), Scope.PRIVATE,
			List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7", "fec0::/10"), Scope.LINK_LOCAL,
			List.of("169.254.0.0/16", "fe80::/10"), Scope.SHARED, List.of("100.64.0.0/10"), Scope.MULTICAST,
			List.of("224.0.0.0/4", "ff00::/8"), Scope.RESERVED,
			List.of("0.0.0.0/8", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
					"240.0.0.0/4", "::/96", "100::/64", "2001:db8::/32", "2001::/23", "3fff::/20", "5f00::/16",
					"192.88.99.0/24"));

	private static final List<Scope> ORDER = List.of(Scope.UNSPECIFIED, Scope.LOOPBACK, Scope.PRIVATE, Scope.LINK_LOCAL,
			Scope.SHARED, Scope.MULTICAST, Scope.RESERVED);

	// Spring Security's InetAddressMatchers mismatched ::1 with ::/128 and 240.0.0.1 with
	// 224.0.0.0/4, so the prefixes are compared here, bit by bit
	private static final Map<Scope, List<Range>> MATCHERS = Map.copyOf(ORDER.stream()
		.collect(Collectors.toMap((scope) -> scope, (scope) -> RANGES.get(scope).stream().map(Range::of).toList())));

	private record Range(byte[] network, int bits) {

		static Range of(String cidr) {
			int slash = cidr.indexOf('/');
			String address = cidr.substring(0, slash);
			return new Range(parse(address.contains(":") ? "[" + address + "]" : address).getAddress(),
					Integer.parseInt(cidr.substring(slash + 1)));
		}

		boolean matches(InetAddress address) {
			byte[] bytes = address.getAddress();
			if (bytes.length != this.network.length) {
				return false;
			}
			for (int bit = 0; bit < this.bits; bit++) {
				int mask = 0x80 >>> (bit % 8);
				if ((bytes[bit / 8] & mask) != (this.network[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

	}

	private PublicAddresses() {
	}

	/**
	 * @param host a host name, an IPv4 address, or an IPv6 address with or without
	 * brackets
	 * @return where the host is; {@link Scope#INVALID_IP} for what looks like an IP
	 * address but is not one (such as {@code 999.1.1.1} or {@code 127.1})
	 */
	public static Scope of(String host) {
		String text = (host == null) ? "" : host.strip();
		if (text.isEmpty()) {
			return Scope.INVALID_IP;
		}
		Optional<InetAddress> address;
		try {
			address = literal(text);
		}
		catch (IllegalArgumentException ex) {
			return Scope.INVALID_IP;
		}
		return address.map(PublicAddresses::of).orElseGet(() -> ofName(text));
	}

	/**
	 * Reads an IP literal without any lookup.
	 * @return the address, or empty when the host is a name
	 * @throws IllegalArgumentException when it looks like an IP address but is not a
	 * valid one
	 */
	public static Optional<InetAddress> literal(String host) {
		String text = host.strip();
		if (text.startsWith("[") || text.contains(":")) {
			String bare = (text.startsWith("[") && text.endsWith("]")) ? text.substring(1, text.length() - 1) : text;
			if (bare.contains("%") || bare.contains("[") || bare.contains("]")) {
				throw new IllegalArgumentException("Not an IPv6 address");
			}
			// in brackets the JDK reads an IPv6 literal or fails, never looks up a name;
			// an IPv4-mapped address comes back as the Inet4Address it maps
			return Optional.of(parse("[" + bare + "]"));
		}
		if (NUMERIC_LAST_LABEL.matcher(text).matches()) {
			if (!IPV4.matcher(text).matches()) {
				throw new IllegalArgumentException("Not an IPv4 address");
			}
			// a dotted quad is read as a literal, never looked up
			return Optional.of(parse(text));
		}
		return Optional.empty();
	}

	private static InetAddress parse(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not an IP address", ex);
		}
	}

	/**
	 * @return the scope of an address
	 */
	public static Scope of(InetAddress address) {
		InetAddress judged = embeddedIpv4(address);
		for (Scope scope : ORDER) {
			if (MATCHERS.get(scope).stream().anyMatch((range) -> range.matches(judged))) {
				return scope;
			}
		}
		return Scope.PUBLIC;
	}

	// NAT64 (64:ff9b::/96), 6to4 (2002::/16) and IPv4-compatible (::a.b.c.d) addresses
	// reach the IPv4 address inside (the JDK turns IPv4-mapped ones into Inet4Address)
	private static InetAddress embeddedIpv4(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != 16) {
			return address;
		}
		byte[] v4 = null;
		boolean mapped = allZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
		if (mapped || (allZero(bytes, 0, 12) && !allZero(bytes, 12, 15))) {
			v4 = Arrays.copyOfRange(bytes, 12, 16);
		}
		else if ((bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
				&& (bytes[3] & 0xff) == 0x9b && allZero(bytes, 4, 12)) {
			v4 = Arrays.copyOfRange(bytes, 12, 16);
		}
		else if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
			v4 = Arrays.copyOfRange(bytes, 2, 6);
		}
		if (v4 == null) {
			return address;
		}
		try {
			return InetAddress.getByAddress(v4);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("Four bytes are an IPv4 address", ex);
		}
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static Scope ofName(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		if (name.equals("localhost") || name.endsWith(".localhost")) {
			return Scope.LOOPBACK;
		}
		if (!name.contains(".") || name.endsWith(".local") || name.endsWith(".internal") || name.endsWith(".home.arpa")
				|| name.endsWith(".localdomain")) {
			return Scope.LOCAL_NAME;
		}
		return Scope.PUBLIC;
	}

}
