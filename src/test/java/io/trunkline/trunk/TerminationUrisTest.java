package io.trunkline.trunk;

import io.trunkline.base.FieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerminationUrisTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			pbx.example.com
			pbx.example.com:5060
			10.0.0.7
			10.0.0.7:5080
			sip:pbx.example.com
			sip:trunk@pbx.example.com:5061
			SIP:pbx.example.com;transport=tcp
			sips:secure.example.com:5061
			sip:[2001:db8::1]:5060
			'  sip:pbx.example.com  '
			""")
	void accepts_hosts_addresses_and_sip_uris(String uri) {
		assertThat(TerminationUris.check(uri)).isEqualTo(uri.strip());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''                               | Enter the trunk's host
			sip:pbx example.com              | Remove the spaces
			http://pbx.example.com           | Only sip: and sips: URIs are supported, not http:
			tel:+14155552671                 | Only sip: and sips: URIs are supported, not tel:
			sip:user:secret@pbx.example.com  | Remove the password from the URI
			sip:pbx.example.com:0            | The port must be a number from 1 to 65535
			sip:pbx.example.com:65536        | The port must be a number from 1 to 65535
			pbx.example.com:99999            | The port must be a number from 1 to 65535
			sip:pbx.example.com:abc          | The port must be a number from 1 to 65535
			sip:bad_host!.example.com        | Not a valid host name
			""")
	void refuses_what_cannot_be_dialled(String uri, String reason) {
		assertThatThrownBy(() -> TerminationUris.check(uri)).isInstanceOf(FieldException.class)
			.hasMessageStartingWith(reason)
			.extracting("field")
			.isEqualTo("terminationUri");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sips:secure.example.com | true
			SIPS:secure.example.com | true
			sip:pbx.example.com     | false
			pbx.example.com         | false
			""")
	void sips_means_tls(String uri, boolean secure) {
		assertThat(TerminationUris.isSecure(uri)).isEqualTo(secure);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			sip:                          | uri_host_missing | A host is missing
			SIPS:                         | uri_host_missing | A host is missing
			sip:user@                     | uri_host_missing | A host is missing
			sip::5060                     | uri_host_missing | A host is missing
			sip:;transport=udp            | uri_host_missing | A host is missing
			999.1.1.1                     | uri_ip_invalid   | Not a valid IP address: 999.1.1.1
			sip:256.0.0.1:5060            | uri_ip_invalid   | Not a valid IP address: 256.0.0.1
			sip:10.0.0                    | uri_ip_invalid   | Not a valid IP address: 10.0.0
			sip:[2001:db8::zz]            | uri_ip_invalid   | Not a valid IP address
			sip:[12345::1]:5060           | uri_ip_invalid   | Not a valid IP address
			""")
	void names_what_is_wrong_with_the_host(String uri, String code, String reason) {
		assertThatThrownBy(() -> TerminationUris.check(uri)).isInstanceOf(FieldException.class)
			.hasMessageStartingWith(reason)
			.extracting("code")
			.isEqualTo(code);
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(ints = { 254, 259, 300 })
	void a_too_long_host_is_named_by_a_short_prefix(int length) {
		String host = "h".repeat(length);
		assertThatThrownBy(() -> TerminationUris.check("sip:" + host)).isInstanceOf(FieldException.class)
			.hasMessage("The host " + "h".repeat(TerminationUris.QUOTED_MAX) + "… is longer than 253 characters")
			.extracting("code")
			.isEqualTo("uri_host_too_long");
	}

	@ParameterizedTest(name = "{0} with {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			sip:pbx.example.com                     | UDP | UDP
			sip:pbx.example.com                     | TCP | TCP
			sip:user@host.example.com;transport=udp | UDP | UDP
			sip:host.example.com;TRANSPORT=TCP      | TCP | TCP
			sip:host.example.com;transport=tls      | TLS | TLS
			sip:host.example.com;lr;transport=udp   | UDP | UDP
			sips:host.example.com                   | TCP | TLS
			sips:host.example.com;transport=tcp     | UDP | TLS
			""")
	void the_transport_agrees_with_the_uri(String uri, Transport chosen, Transport stored) {
		assertThat(TerminationUris.transport(TerminationUris.check(uri), chosen)).isEqualTo(stored);
	}

	@ParameterizedTest(name = "{0} with {1}")
	@CsvSource(delimiter = '|', textBlock = """
			sip:user@host.example.com;transport=udp | TCP | The URI says transport=udp but Transport is TCP
			sip:host.example.com;transport=tcp      | UDP | The URI says transport=tcp but Transport is UDP
			sips:host.example.com;transport=udp     | TLS | The URI says transport=udp but sips: means TLS
			sip:host.example.com;transport=sctp     | UDP | Use transport=udp, tcp or tls
			""")
	void a_transport_conflict_is_refused(String uri, Transport chosen, String reason) {
		assertThatThrownBy(() -> TerminationUris.transport(uri, chosen)).isInstanceOf(FieldException.class)
			.hasMessageStartingWith(reason)
			.extracting("code")
			.isEqualTo("uri_transport_conflict");
	}

	@org.junit.jupiter.api.Test
	void refuses_more_than_253_characters() {
		String longHost = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60)
				+ ".example.com";
		assertThatThrownBy(() -> TerminationUris.check("sip:" + longHost)).extracting("code")
			.isEqualTo("uri_host_too_long");
		String longParams = "sip:pbx.example.com;x=" + "a".repeat(240);
		assertThatThrownBy(() -> TerminationUris.check(longParams)).hasMessage("Use at most 253 characters");
	}

}
