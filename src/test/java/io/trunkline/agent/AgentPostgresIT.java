package io.trunkline.agent;

import java.util.List;
import java.util.Map;

import io.trunkline.base.ConstraintTranslator;
import io.trunkline.PostgresTestBase;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.agent.AgentServiceTest.command;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agent mapping and its SQL on a real PostgreSQL: versions and tags, the locking
 * query that rescales weights, and the unique constraints' names.
 */
@Import({ TestAccounts.class, NumberFixtures.class })
class AgentPostgresIT extends PostgresTestBase {

	@Autowired
	private AgentService agents;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ConstraintTranslator constraints;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void tagged_agents_are_deleted_with_their_bindings_and_the_weights_left_are_rescaled() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Carrier", "pw");
		long number = this.fixtures.number(org, trunk, "+1 415 555 0100").id();
		this.accounts.signIn(org.adminEmail());
		AgentSummary first = this.agents.create(command("First"));
		AgentSummary second = this.agents.publishVersion(this.agents.create(command("Second")).id());
		AgentCommand tagged = AgentCommand.of(second);
		tagged.setTags(Map.of("prod", 1));
		second = this.agents.update(second.id(), second.version(), tagged);
		assertThat(this.agents.find(List.of(second.id())).get(second.id()).tags()).containsEntry("prod", 1);
		BindingRows bindings = new BindingRows(this.jdbc);
		bindings.bind(org.id(), number, "INBOUND", first.id(), 2500, 0);
		bindings.bind(org.id(), number, "INBOUND", second.id(), 7500, 1);
		this.accounts.signIn(org.adminEmail());

		assertThat(this.agents.deleteWithBindings(second.id())).isEqualTo(1);

		assertThat(bindings.weights(number, "INBOUND")).containsExactly(10000);
		assertThat(this.agents.list()).extracting(AgentSummary::name).containsExactly("First");
	}

	@Test
	void unique_constraint_violations_become_the_same_field_errors() {
		ConstraintTranslation.check(this.accounts, this.agents, this.jdbc, this.constraints);
	}

}
