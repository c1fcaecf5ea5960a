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

	@org.junit.jupiter.api.Test
	void refuses_more_than_253_characters() {
		String longHost = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60)
				+ ".example.com";
		assertThatThrownBy(() -> TerminationUris.check("sip:" + longHost)).hasMessage("Use at most 253 characters");
	}

}
