package io.trunkline.phonenumber;

import java.util.Map;

import io.trunkline.trunk.MediaEncryption;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WebhookUrlTest {

	private static final TrunkSummary TRUNK = new TrunkSummary(7, 0, "Main", "sip:t.example.com", Transport.values()[0],
			"user", true, MediaEncryption.values()[0], false, true, true);

	private static final NumberContext PUBLIC_ONLY = new NumberContext("US", Map.of(TRUNK.id(), TRUNK), Map.of(),
			Map.of());

	@ParameterizedTest
	@ValueSource(strings = { "https://hooks.example.com/in", "https://hooks.example.com:8443/in?x=1",
			"https://8.8.8.8/hook", "https://[2606:4700:4700::1111]/hook", "HTTPS://Example.COM" })
	void a_public_https_url_is_kept(String url) {
		assertThat(NumberChecker.check(input(url), PUBLIC_ONLY).orThrow().inboundWebhookUrl()).isEqualTo(url);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = {
			"https://localhost/hook|webhook_url_private_host|The host is a loopback address (this machine)",
			"https://LOCALHOST.:8443/hook|webhook_url_private_host|The host is a loopback address",
			"https://127.0.0.1/hook|webhook_url_private_host|The host is a loopback address",
			"https://[::1]/hook|webhook_url_private_host|The host is a loopback address",
			"https://[::ffff:127.0.0.1]/hook|webhook_url_private_host|The host is a loopback address",
			"https://10.0.0.1/hook|webhook_url_private_host|The host is a private network address",
			"https://192.168.1.20:8080/hook|webhook_url_private_host|The host is a private network address",
			"https://[fd00::1]/hook|webhook_url_private_host|The host is a private network address",
			"https://169.254.169.254/latest|webhook_url_private_host|The host is a link-local address",
			"https://[fe80::1]/hook|webhook_url_private_host|The host is a link-local address",
			"https://100.64.1.1/hook|webhook_url_private_host|The host is a carrier-grade NAT address",
			"https://224.0.0.1/hook|webhook_url_private_host|The host is a multicast address",
			"https://0.0.0.0/hook|webhook_url_private_host|The host is the unspecified address",
			"https://192.0.2.1/hook|webhook_url_private_host|The host is a reserved or documentation address",
			"https://intranet/hook|webhook_url_private_host|The host is a name only the local network knows",
			"https://user:secret@hooks.example.com/hook|webhook_url_credentials|Remove the user name and password",
			"https://user@hooks.example.com/hook|webhook_url_credentials|Remove the user name and password",
			"https://999.1.1.1/hook|webhook_url_invalid|Not a valid host name or IP address",
			"https://2130706433/hook|webhook_url_invalid|Not a valid host name or IP address",
			"http://hooks.example.com/hook|webhook_url_invalid|Use an https:// URL",
			"https:///hook|webhook_url_invalid|Use an https:// URL",
			"https://exa mple.com|webhook_url_invalid|Not a valid URL" })
	void a_url_the_console_must_not_call_is_refused_with_a_reason(String url, String code, String reason) {
		NumberCheck check = NumberChecker.check(input(url), PUBLIC_ONLY);
		assertThat(check.errors()).extracting("field", "code").containsExactly(tuple("inboundWebhookUrl", code));
		assertThat(check.errors().get(0).message()).startsWith(reason).doesNotContain("secret");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://localhost/hook", "https://10.0.0.1/hook", "https://[::1]/hook" })
	void the_setting_allows_private_hosts(String url) {
		NumberContext allowing = PUBLIC_ONLY.allowingPrivateTargets(true);
		assertThat(NumberChecker.check(input(url), allowing).errors()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://user:pw@localhost/hook", "https://999.1.1.1/hook" })
	void the_setting_never_allows_credentials_or_invalid_addresses(String url) {
		NumberContext allowing = PUBLIC_ONLY.allowingPrivateTargets(true);
		assertThat(NumberChecker.check(input(url), allowing).errors()).hasSize(1);
	}

	private static PhoneNumberCommand input(String url) {
		PhoneNumberCommand input = new PhoneNumberCommand();
		input.setNumber("+1 415 555 2671");
		input.setProvider(Provider.SIP);
		input.setSipTrunkId(TRUNK.id());
		input.setInboundWebhookUrl(url);
		return input;
	}

}
