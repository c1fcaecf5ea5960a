package io.trunkline.audit;

import java.util.List;
import java.util.Map;

import io.trunkline.TrunklineTest;
import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents: create, update, publish, delete, and delete with bindings.
 */
@TrunklineTest
class AgentAuditTest {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private AgentService agents;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private JdbcTemplate jdbc;

	private AuditTrail trail;

	private Org org;

	@BeforeEach
	void setUp() {
		this.trail = new AuditTrail(this.jdbc);
		this.org = this.accounts.newOrganization();
		this.accounts.signIn(this.org.adminEmail());
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void create_update_and_publish_are_recorded_with_their_fields() {
		AgentCommand command = new AgentCommand();
		command.setName("Support");
		command.setDescription("Answers support calls");
		command.setExternalId("support-1");
		AgentSummary agent = this.agents.create(command);
		this.trail.last(this.org.id(), AuditAction.CREATE, AuditEntityType.AGENT)
			.hasChange("name", null, "Support")
			.hasChange("externalId", null, "support-1");

		agent = this.agents.publishVersion(agent.id());
		agent = this.agents.publishVersion(agent.id());
		AuditTrail.Entry published = this.trail.last(this.org.id(), AuditAction.PUBLISH, AuditEntityType.AGENT);
		assertThat(published.entityId()).isEqualTo(agent.id());
		assertThat(published.changes()).containsExactly(new FieldChange("latestVersion", "1", "2"));

		AgentCommand update = AgentCommand.of(agent);
		update.setName("Support desk");
		update.setTags(Map.of("prod", 2, "beta", 1));
		this.agents.update(agent.id(), agent.version(), update);
		AuditTrail.Entry updated = this.trail.last(this.org.id(), AuditAction.UPDATE, AuditEntityType.AGENT);
		assertThat(updated.changes()).containsExactly(new FieldChange("name", "Support", "Support desk"),
				new FieldChange("tags", null, "beta=1, prod=2"));
	}

	@Test
	void delete_and_delete_with_bindings_record_the_agent_and_how_many_numbers_lost_it() {
		AgentSummary plain = this.agents.create(named("Plain"));
		this.agents.delete(plain.id());
		AuditTrail.Entry deleted = this.trail.last(this.org.id(), AuditAction.DELETE, AuditEntityType.AGENT);
		assertThat(deleted.entityId()).isEqualTo(plain.id());
		deleted.hasChange("name", "Plain", null);

		AgentSummary bound = this.agents.publishVersion(this.agents.create(named("Bound")).id());
		PhoneNumberCommand number = NumberFixtures.command(this.fixtures.trunk(this.org, "Carrier", "pw"),
				"+1 415 555 0190");
		number.setInboundAgents(List.of(new BindingLine(bound.id(), "latest", 10000)));
		this.accounts.signIn(this.org.adminEmail());
		this.numbers.create(number);
		this.agents.deleteWithBindings(bound.id());
		AuditTrail.Entry withBindings = this.trail.last(this.org.id(), AuditAction.DELETE, AuditEntityType.AGENT);
		assertThat(withBindings.entityId()).isEqualTo(bound.id());
		withBindings.hasChange("name", "Bound", null).hasChange("unboundNumbers", null, "1");
	}

	private static AgentCommand named(String name) {
		AgentCommand command = new AgentCommand();
		command.setName(name);
		return command;
	}

}
