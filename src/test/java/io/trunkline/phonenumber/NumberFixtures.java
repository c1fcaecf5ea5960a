package io.trunkline.phonenumber;

import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioCommand;
import io.trunkline.trunk.TwilioIntegrationService;
import io.trunkline.trunk.TwilioSummary;

import org.springframework.boot.test.context.TestComponent;

/**
 * Trunks, integrations and numbers made through the real services, as the org's admin.
 */
@TestComponent
public class NumberFixtures {

	private final TestAccounts accounts;

	private final TrunkService trunks;

	private final TwilioIntegrationService integrations;

	private final PhoneNumberService numbers;

	NumberFixtures(TestAccounts accounts, TrunkService trunks, TwilioIntegrationService integrations,
			PhoneNumberService numbers) {
		this.accounts = accounts;
		this.trunks = trunks;
		this.integrations = integrations;
		this.numbers = numbers;
	}

	public TrunkSummary trunk(Org org, String name, String password) {
		TrunkCommand command = new TrunkCommand();
		command.setName(name);
		command.setTerminationUri("sip:t" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "0.example.com:5060");
		command.setAuthUsername("user-" + org.id());
		command.setNewPassword(password);
		TrunkSummary[] created = new TrunkSummary[1];
		this.accounts.as(org.adminEmail(), () -> created[0] = this.trunks.create(command));
		return created[0];
	}

	public TwilioSummary twilio(Org org, String name, String token) {
		TwilioCommand command = new TwilioCommand();
		command.setName(name);
		command.setAccountSid("AC" + "0123456789abcdef".repeat(2));
		command.setNewAuthToken(token);
		TwilioSummary[] created = new TwilioSummary[1];
		this.accounts.as(org.adminEmail(), () -> created[0] = this.integrations.create(command));
		return created[0];
	}

	public PhoneNumberDetails number(Org org, TrunkSummary trunk, String number) {
		PhoneNumberDetails[] created = new PhoneNumberDetails[1];
		this.accounts.as(org.adminEmail(), () -> created[0] = this.numbers.create(command(trunk, number)));
		return created[0];
	}

	public static PhoneNumberCommand command(TrunkSummary trunk, String number) {
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(number);
		command.setProvider(Provider.SIP);
		command.setSipTrunkId(trunk.id());
		return command;
	}

}
