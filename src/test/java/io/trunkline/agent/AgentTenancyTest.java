package io.trunkline.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.trunkline.TrunklineTest;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.agent.AgentServiceTest.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class AgentTenancyTest {

	@Autowired
	private AgentService agents;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private EntityManagerFactory entityManagers;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void another_organizations_agent_is_not_found_by_any_method_and_stays_unchanged() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		this.accounts.signIn(b.adminEmail());
		AgentSummary theirs = this.agents.publishVersion(this.agents.create(command("Theirs")).id());
		long number = this.fixtures.number(b, this.fixtures.trunk(b, "B trunk", "pw"), "+1 415 555 0100").id();
		new BindingRows(this.jdbc).bind(b.id(), number, "INBOUND", theirs.id(), 10000, 0);
		long id = theirs.id();

		this.accounts.signIn(a.adminEmail());
		assertThat(this.agents.list()).isEmpty();
		assertThat(this.agents.find(List.of(id))).isEmpty();
		assertThat(this.agents.bindingCounts()).isEmpty();
		assertThatThrownBy(() -> this.agents.get(id)).isInstanceOf(NotFoundException.class)
			.hasMessage("Agent not found");
		assertThatThrownBy(() -> this.agents.update(id, theirs.version(), command("Mine")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agents.publishVersion(id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agents.bindingCount(id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agents.delete(id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.agents.deleteWithBindings(id)).isInstanceOf(NotFoundException.class);

		this.accounts.signIn(b.adminEmail());
		assertThat(this.agents.get(id)).isEqualTo(theirs);
		assertThat(this.agents.bindingCount(id)).isEqualTo(1);
	}

	@Test
	void find_returns_the_callers_agents_among_many_ids_in_a_few_queries() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		this.accounts.signIn(b.adminEmail());
		long foreign = this.agents.create(command("Foreign")).id();
		this.accounts.signIn(a.adminEmail());
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			AgentSummary agent = this.agents.publishVersion(this.agents.create(command("Agent " + i)).id());
			AgentCommand tagged = AgentCommand.of(agent);
			tagged.setTags(Map.of("prod", 1));
			ids.add(this.agents.update(agent.id(), agent.version(), tagged).id());
		}
		ids.add(foreign);
		ids.add(-1L);

		Statistics statistics = this.entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		Map<Long, AgentSummary> found;
		try {
			found = this.agents.find(ids);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}

		assertThat(found).hasSize(30).doesNotContainKey(foreign).doesNotContainKey(-1L);
		assertThat(found.values()).allSatisfy((agent) -> {
			assertThat(agent.latestVersion()).isEqualTo(1);
			assertThat(agent.tags()).containsExactly(Map.entry("prod", 1));
		});
		// three for the agents, one for the caller's account (read again at each guarded
		// call)
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3 + 1);
	}

}
