package io.trunkline.trunk;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.trunkline.base.ControlCharactersRefused.NUL;
import static io.trunkline.base.ControlCharactersRefused.at;
import static org.assertj.core.api.Assertions.assertThat;

@TrunklineTest
class TrunkControlCharactersTest {

	@Autowired
	private TrunkService trunks;

	@Autowired
	private TwilioIntegrationService integrations;

	@Autowired
	private TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_trunk_with_a_control_character_in_any_text_is_refused_at_that_field() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		at("name", () -> this.trunks.create(trunk(NUL, "sip:a.example.com", "", "")));
		at("authUsername", () -> this.trunks.create(trunk("A", "sip:a.example.com", NUL, "pw")));
		at("newPassword", () -> this.trunks.create(trunk("A", "sip:a.example.com", "user", NUL)));
		TrunkSummary saved = this.trunks.create(trunk("A", "sip:a.example.com", "", ""));
		at("name", () -> this.trunks.update(saved.id(), saved.version(), trunk(NUL, "sip:a.example.com", "", "")));
		assertThat(this.trunks.list()).extracting(TrunkSummary::name).containsExactly("A");
	}

	@Test
	void a_twilio_integration_with_a_control_character_is_refused_at_that_field() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		TwilioCommand command = new TwilioCommand();
		command.setName(NUL);
		command.setAccountSid("AC" + "0".repeat(32));
		command.setNewAuthToken("token");
		at("name", () -> this.integrations.create(command));
		command.setName("Tw");
		command.setNewAuthToken(NUL);
		at("newAuthToken", () -> this.integrations.create(command));
		assertThat(this.integrations.list()).isEmpty();
	}

	private static TrunkCommand trunk(String name, String uri, String username, String password) {
		TrunkCommand command = new TrunkCommand();
		command.setName(name);
		command.setTerminationUri(uri);
		command.setAuthUsername(username);
		command.setNewPassword(password);
		return command;
	}

}
