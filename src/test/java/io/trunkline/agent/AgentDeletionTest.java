package io.trunkline.agent;

import java.util.Map;
import java.util.stream.IntStream;

import io.trunkline.TrunklineTest;
import io.trunkline.base.FieldException;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.agent.AgentServiceTest.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class AgentDeletionTest {

	@Autowired
	private AgentService agents;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	private BindingRows bindings;

	private Org org;

	private TrunkSummary trunk;

	@BeforeEach
	void organization() {
		this.bindings = new BindingRows(this.jdbc);
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Carrier", "pw");
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	private long number(String number) {
		return this.fixtures.number(this.org, this.trunk, number).id();
	}

	@Test
	void an_unbound_agent_is_deleted_and_a_bound_one_is_refused_with_the_count() {
		this.accounts.signIn(this.org.adminEmail());
		AgentSummary unbound = this.agents.publishVersion(this.agents.create(command("Unbound")).id());
		AgentSummary bound = this.agents.create(command("Bound"));
		long first = number("+1 415 555 0100");
		long second = number("+1 415 555 0101");
		this.bindings.bind(this.org.id(), first, "INBOUND", bound.id(), 10000, 0);
		this.bindings.bind(this.org.id(), first, "OUTBOUND", bound.id(), 10000, 0);
		this.bindings.bind(this.org.id(), second, "INBOUND", bound.id(), 10000, 0);
		this.accounts.signIn(this.org.adminEmail());
		assertThat(this.agents.bindingCount(bound.id())).isEqualTo(2);
		assertThat(this.agents.bindingCounts()).containsEntry(bound.id(), 2L).doesNotContainKey(unbound.id());
		assertThatThrownBy(() -> this.agents.delete(bound.id())).isInstanceOf(FieldException.class)
			.hasMessage("This agent is bound to 2 numbers. Unbind it first, or delete it together with its bindings.")
			.extracting("field")
			.isEqualTo("agent");
		this.agents.delete(unbound.id());
		assertThat(this.agents.list()).extracting(AgentSummary::name).containsExactly("Bound");
		assertThat(this.bindings.agents(first, "INBOUND")).containsExactly(bound.id());
	}

	@Test
	void deleting_with_bindings_unbinds_and_rescales_the_weights_left_to_exactly_100_percent() {
		this.accounts.signIn(this.org.adminEmail());
		AgentSummary[] agent = IntStream.rangeClosed(1, 3)
			.mapToObj((i) -> this.agents.create(command("Agent " + i)))
			.toArray(AgentSummary[]::new);
		long shared = number("+1 415 555 0100");
		long alone = number("+1 415 555 0101");
		long untouched = number("+1 415 555 0102");
		this.bindings.bind(this.org.id(), shared, "INBOUND", agent[0].id(), 3334, 0);
		this.bindings.bind(this.org.id(), shared, "INBOUND", agent[1].id(), 3333, 1);
		this.bindings.bind(this.org.id(), shared, "INBOUND", agent[2].id(), 3333, 2);
		this.bindings.bind(this.org.id(), shared, "OUTBOUND", agent[1].id(), 6000, 0);
		this.bindings.bind(this.org.id(), shared, "OUTBOUND", agent[2].id(), 4000, 1);
		this.bindings.bind(this.org.id(), alone, "INBOUND", agent[1].id(), 10000, 0);
		this.bindings.bind(this.org.id(), untouched, "INBOUND", agent[0].id(), 7000, 0);
		this.bindings.bind(this.org.id(), untouched, "INBOUND", agent[2].id(), 3000, 1);
		this.accounts.signIn(this.org.adminEmail());

		assertThat(this.agents.deleteWithBindings(agent[1].id())).isEqualTo(2);

		assertThat(this.bindings.agents(shared, "INBOUND")).containsExactly(agent[0].id(), agent[2].id());
		assertThat(this.bindings.weights(shared, "INBOUND")).containsExactly(5001, 4999);
		assertThat(this.bindings.weights(shared, "OUTBOUND")).containsExactly(10000);
		assertThat(this.bindings.weights(alone, "INBOUND")).isEmpty();
		assertThat(this.bindings.weights(untouched, "INBOUND")).containsExactly(7000, 3000);
		assertThat(this.agents.list()).extracting(AgentSummary::name).containsExactly("Agent 1", "Agent 3");
		assertThat(this.agents.bindingCount(agent[0].id())).isEqualTo(2);
	}

	@Test
	void an_agent_with_published_versions_and_tags_is_deleted_with_them() {
		this.accounts.signIn(this.org.adminEmail());
		AgentSummary agent = this.agents.create(command("Tagged"));
		this.agents.publishVersion(agent.id());
		agent = this.agents.publishVersion(agent.id());
		AgentCommand tagged = AgentCommand.of(agent);
		tagged.setTags(Map.of("prod", 1, "beta", 2));
		agent = this.agents.update(agent.id(), agent.version(), tagged);
		this.bindings.bind(this.org.id(), number("+1 415 555 0100"), "INBOUND", agent.id(), 10000, 0);
		this.accounts.signIn(this.org.adminEmail());
		assertThat(this.agents.deleteWithBindings(agent.id())).isEqualTo(1);
		assertThat(this.agents.list()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from agent_version where agent_id = ?", Long.class,
				agent.id()))
			.isZero();
		assertThat(
				this.jdbc.queryForObject("select count(*) from agent_tag where agent_id = ?", Long.class, agent.id()))
			.isZero();
	}

}
