package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioCommand;
import io.trunkline.trunk.TwilioIntegrationService;
import io.trunkline.trunk.TwilioSummary;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trunks, integrations and numbers made through the real services, as the org's admin.
 */
@TestComponent
public class NumberFixtures {

	private final TestAccounts accounts;

	private final TrunkService trunks;

	private final TwilioIntegrationService integrations;

	private final PhoneNumberService numbers;

	private final AgentService agents;

	private final JdbcTemplate jdbc;

	NumberFixtures(TestAccounts accounts, TrunkService trunks, TwilioIntegrationService integrations,
			PhoneNumberService numbers, AgentService agents, JdbcTemplate jdbc) {
		this.agents = agents;
		this.jdbc = jdbc;
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

	/**
	 * An agent with {@code versions} published versions.
	 */
	public AgentSummary agent(Org org, String name, int versions) {
		AgentCommand command = new AgentCommand();
		command.setName(name);
		AgentSummary[] created = new AgentSummary[1];
		this.accounts.as(org.adminEmail(), () -> {
			created[0] = this.agents.create(command);
			for (int i = 0; i < versions; i++) {
				created[0] = this.agents.publishVersion(created[0].id());
			}
		});
		return created[0];
	}

	/**
	 * Inserts {@code count} numbers with plain JDBC (fast, for bulk tests), returning
	 * their ids.
	 */
	public List<Long> manyNumbers(Org org, TrunkSummary trunk, int count, boolean outbound) {
		long base = 40_000_000L + org.id() * 100_000L;
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String number = "+1646" + String.format("%07d", i);
			rows.add(new Object[] { base + i, org.id(), number, "Line " + i, "line " + i, trunk.id(), outbound });
		}
		this.jdbc.batchUpdate("insert into phone_number (id, version, organization_id, number, pseudo, region, "
				+ "line_type, display_name, search_name, provider, sip_trunk_id, active, supports_inbound, "
				+ "supports_outbound, created_at, updated_at) values (?, 0, ?, ?, false, 'US', 'FIXED_LINE_OR_MOBILE', "
				+ "?, ?, 'SIP', ?, true, true, ?, current_timestamp, current_timestamp)", rows);
		return rows.stream().map((row) -> (Long) row[0]).toList();
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
