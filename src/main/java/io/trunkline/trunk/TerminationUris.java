package io.trunkline.trunk;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trunkline.base.FieldException;

/**
 * Checks a SIP termination URI: a host name, an IP address, or a
 * {@code sip:}/{@code sips:} URI, each with an optional port and URI parameters. A
 * password in the user part is refused: it belongs in the write-only auth password.
 */
public final class TerminationUris {

	public static final int MAX_LENGTH = 253;

	static final String FIELD = "terminationUri";

	private static final Pattern URI = Pattern.compile(
			"^(?:(?<scheme>[A-Za-z][A-Za-z0-9+.-]*):(?!\\d+(?:;|$)))?(?:(?<user>[^@]*)@)?(?<host>\\[[0-9A-Fa-f:.]+\\]|[^:;\\[\\]@]+)(?::(?<port>[^;]*))?(?<params>(?:;[A-Za-z0-9._~=+-]*)*)$");

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
		if (uri.length() > MAX_LENGTH) {
			throw error("uri_too_long", "Use at most " + MAX_LENGTH + " characters");
		}
		if (uri.chars().anyMatch(Character::isWhitespace)) {
			throw error("uri_invalid", "Remove the spaces");
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
		if (!host.startsWith("[") && !HOST_NAME.matcher(host).matches()) {
			throw error("uri_invalid", "Not a valid host name or IP address: " + host);
		}
		checkPort(matcher.group("port"));
		return uri;
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
