package io.trunkline.trunk;

import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trunkline.base.FieldException;
import io.trunkline.base.PublicAddresses;

/**
 * Checks a SIP termination URI: a host name, an IP address, or a
 * {@code sip:}/{@code sips:} URI, each with an optional port and URI parameters. A
 * password in the user part is refused: it belongs in the write-only auth password. A
 * {@code ;transport=} parameter must agree with the trunk's transport (a conflict is
 * refused, never silently resolved), and {@code sips:} means TLS.
 */
public final class TerminationUris {

	public static final int MAX_LENGTH = 253;

	static final String FIELD = "terminationUri";

	/** How much of a refused host an error message quotes. */
	static final int QUOTED_MAX = 24;

	private static final Pattern NO_HOST = Pattern.compile("^(?i:sips?):(?:[^@]*@)?(?:[:;].*)?$");

	private static final Pattern TRANSPORT_PARAM = Pattern.compile("(?i);transport=([^;]*)");

	private static final Pattern URI = Pattern.compile(
			"^(?:(?<scheme>[A-Za-z][A-Za-z0-9+.-]*):(?!\\d+(?:;|$)))?(?:(?<user>[^@]*)@)?(?<host>\\[[^\\]@;]*\\]|[^:;\\[\\]@]+)(?::(?<port>[^;]*))?(?<params>(?:;[A-Za-z0-9._~=+-]*)*)$");

	private static final Pattern HOST_NAME = Pattern.compile(
			"^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$");

	private TerminationUris() {
	}

	/**
	 * @return the URI, trimmed
	 * @throws FieldException at {@code terminationUri} with the reason it cannot be used
	 */
	public static String check(String input) {
		String uri = (input == null) ? "" : input.strip();
		if (uri.isEmpty()) {
			throw error("uri_missing", "Enter the trunk's host, IP address or sip: URI");
		}
		if (uri.chars().anyMatch(Character::isWhitespace)) {
			throw error("uri_invalid", "Remove the spaces");
		}
		if (NO_HOST.matcher(uri).matches()) {
			throw error("uri_host_missing", "A host is missing, e.g. sip:pbx.example.com");
		}
		Matcher matcher = URI.matcher(uri);
		if (!matcher.matches()) {
			throw error("uri_invalid",
					"Use a host, an IP address or a sip: / sips: URI, e.g. sip:pbx.example.com:5061");
		}
		String scheme = matcher.group("scheme");
		if (scheme != null && !scheme.equalsIgnoreCase("sip") && !scheme.equalsIgnoreCase("sips")) {
			throw error("uri_scheme_unsupported",
					"Only sip: and sips: URIs are supported, not " + scheme.toLowerCase(Locale.ROOT) + ":");
		}
		String user = matcher.group("user");
		if (user != null && user.contains(":")) {
			throw error("uri_contains_password", "Remove the password from the URI and put it in the auth password");
		}
		String host = matcher.group("host");
		if (host.length() > MAX_LENGTH) {
			throw error("uri_host_too_long",
					"The host " + quoted(host) + " is longer than " + MAX_LENGTH + " characters");
		}
		if (uri.length() > MAX_LENGTH) {
			throw error("uri_too_long", "Use at most " + MAX_LENGTH + " characters");
		}
		checkHost(host);
		checkPort(matcher.group("port"));
		return uri;
	}

	/**
	 * The transport a trunk with this URI uses: TLS for {@code sips:}, else the chosen
	 * one.
	 * @param uri a URI that passed {@link #check(String)}
	 * @param chosen the transport chosen in the form
	 * @throws FieldException at {@code terminationUri} (code
	 * {@code uri_transport_conflict}) when the URI's {@code ;transport=} parameter names
	 * another transport
	 */
	public static Transport transport(String uri, Transport chosen) {
		Transport wanted = isSecure(uri) ? Transport.TLS : chosen;
		Matcher param = TRANSPORT_PARAM.matcher(uri);
		if (param.find()) {
			String named = param.group(1).toUpperCase(Locale.ROOT);
			Transport fromUri = switch (named) {
				case "UDP" -> Transport.UDP;
				case "TCP" -> isSecure(uri) ? Transport.TLS : Transport.TCP;
				case "TLS" -> Transport.TLS;
				default -> throw error("uri_transport_conflict",
						"Use transport=udp, tcp or tls in the URI, or remove the parameter");
			};
			if (fromUri != wanted) {
				throw error("uri_transport_conflict",
						"The URI says transport=" + named.toLowerCase(Locale.ROOT)
								+ (isSecure(uri) ? " but sips: means TLS" : " but Transport is " + wanted)
								+ ": make them agree or remove the parameter");
			}
		}
		return wanted;
	}

	private static void checkHost(String host) {
		Optional<InetAddress> address;
		try {
			address = PublicAddresses.literal(host);
		}
		catch (IllegalArgumentException ex) {
			throw error("uri_ip_invalid", "Not a valid IP address: " + quoted(host));
		}
		if (address.isEmpty() && !HOST_NAME.matcher(host).matches()) {
			throw error("uri_invalid", "Not a valid host name or IP address: " + quoted(host));
		}
	}

	// at most a short prefix, so that a long input does not fill the form
	private static String quoted(String host) {
		return (host.length() <= QUOTED_MAX) ? host : host.substring(0, QUOTED_MAX) + "…";
	}

	/**
	 * @return whether the URI asks for TLS ({@code sips:})
	 */
	public static boolean isSecure(String uri) {
		return uri != null && uri.strip().toLowerCase(Locale.ROOT).startsWith("sips:");
	}

	private static void checkPort(String port) {
		if (port == null) {
			return;
		}
		if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
			throw error("uri_port_invalid", "The port must be a number from 1 to 65535");
		}
	}

	private static FieldException error(String code, String message) {
		return new FieldException(FIELD, code, message);
	}

}
