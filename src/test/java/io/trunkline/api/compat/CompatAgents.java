package io.trunkline.api.compat;

import java.util.Map;

import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;

import org.springframework.boot.test.context.TestComponent;

/** Agents with a platform's agent id as external id, made as an admin makes them. */
@TestComponent
class CompatAgents {

	private final TestAccounts accounts;

	private final AgentService agents;

	CompatAgents(TestAccounts accounts, AgentService agents) {
		this.accounts = accounts;
		this.agents = agents;
	}

	/** An agent with two published versions, the second tagged {@code prod}. */
	AgentSummary agent(Org org, String externalId) {
		AgentSummary[] agent = new AgentSummary[1];
		this.accounts.as(org.adminEmail(), () -> {
			AgentCommand command = new AgentCommand();
			command.setName("Agent " + externalId);
			command.setExternalId(externalId);
			agent[0] = this.agents.create(command);
			this.agents.publishVersion(agent[0].id());
			agent[0] = this.agents.publishVersion(agent[0].id());
			command.setTags(Map.of("prod", 2));
			agent[0] = this.agents.update(agent[0].id(), agent[0].version(), command);
		});
		return agent[0];
	}

}
