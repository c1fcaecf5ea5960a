package io.trunkline.agent;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.trunkline.agent.AgentServiceTest.command;
import static io.trunkline.base.ControlCharactersRefused.NUL;
import static io.trunkline.base.ControlCharactersRefused.at;
import static org.assertj.core.api.Assertions.assertThat;

@TrunklineTest
class AgentControlCharactersTest {

	@Autowired
	private AgentService agents;

	@Autowired
	private TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_control_character_in_name_or_description_is_refused_but_a_description_may_span_lines() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		at("name", () -> this.agents.create(command(NUL)));
		AgentCommand described = command("Support");
		described.setDescription(NUL);
		at("description", () -> this.agents.create(described));

		described.setDescription("First line\r\n\tsecond line");
		AgentSummary saved = this.agents.create(described);

		assertThat(saved.description()).isEqualTo("First line\r\n\tsecond line");
		at("name", () -> this.agents.update(saved.id(), saved.version(), command(NUL)));
		assertThat(this.agents.list()).extracting(AgentSummary::name).containsExactly("Support");
	}

}
