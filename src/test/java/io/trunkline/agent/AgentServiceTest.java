package io.trunkline.agent;

import java.util.List;
import java.util.Map;

import io.trunkline.base.ConstraintTranslator;
import io.trunkline.TrunklineTest;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldException;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@TrunklineTest
class AgentServiceTest {

	@Autowired
	private AgentService agents;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ConstraintTranslator constraints;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	static AgentCommand command(String name) {
		AgentCommand command = new AgentCommand();
		command.setName(name);
		return command;
	}

	@Test
	void a_blank_external_id_is_generated_unique_and_kept_on_update() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		AgentSummary first = this.agents.create(command("First"));
		AgentSummary second = this.agents.create(command("Second"));
		assertThat(first.externalId()).matches("agt_[a-z0-9]{12}").isNotEqualTo(second.externalId());
		AgentCommand renamed = AgentCommand.of(first);
		renamed.setExternalId("");
		assertThat(this.agents.update(first.id(), first.version(), renamed).externalId()).isEqualTo(first.externalId());
		AgentCommand chosen = command("Third");
		chosen.setExternalId(" support:bot-1 ");
		assertThat(this.agents.create(chosen).externalId()).isEqualTo("support:bot-1");
		AgentCommand taken = command("Fourth");
		taken.setExternalId("support:bot-1");
		assertThatThrownBy(() -> this.agents.create(taken)).isInstanceOf(FieldException.class)
			.hasMessage("Another agent has this external id")
			.extracting("field")
			.isEqualTo("externalId");
	}

	@Test
	void names_are_unique_in_an_organization_in_any_case_but_not_across_organizations() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		this.accounts.as(a.adminEmail(), () -> this.agents.create(command("Support Bot")));
		this.accounts.signIn(a.adminEmail());
		assertThatThrownBy(() -> this.agents.create(command("support bot "))).isInstanceOf(FieldException.class)
			.hasMessage("Another agent has this name")
			.extracting("field")
			.isEqualTo("name");
		this.accounts.signIn(b.adminEmail());
		assertThat(this.agents.create(command("SUPPORT BOT")).name()).isEqualTo("SUPPORT BOT");
	}

	@Test
	void versions_are_published_one_after_another() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		AgentSummary agent = this.agents.create(command("Sales"));
		assertThat(agent.latestVersion()).isZero();
		assertThat(List.of(this.agents.publishVersion(agent.id()), this.agents.publishVersion(agent.id()),
				this.agents.publishVersion(agent.id())))
			.extracting(AgentSummary::latestVersion)
			.containsExactly(1, 2, 3);
		assertThat(this.agents.get(agent.id()).latestVersion()).isEqualTo(3);
	}

	@Test
	void tags_must_be_well_named_and_point_to_published_versions() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		AgentSummary agent = this.agents.create(command("Sales"));
		assertThat(tagError(agent, Map.of("prod", 1))).isEqualTo("Version 1 is not published");
		this.agents.publishVersion(agent.id());
		agent = this.agents.publishVersion(agent.id());
		assertThat(tagError(agent, Map.of("latest", 1))).isEqualTo("latest always means the newest version");
		assertThat(tagError(agent, Map.of("Prod", 1))).startsWith("Tag Prod:");
		assertThat(tagError(agent, Map.of("v2", 1))).startsWith("Tag v2:");
		assertThat(tagError(agent, Map.of("prod", 3))).isEqualTo("Version 3 is not published");
		AgentCommand tagged = AgentCommand.of(agent);
		tagged.setTags(Map.of("prod", 1, "beta", 2));
		agent = this.agents.update(agent.id(), agent.version(), tagged);
		assertThat(agent.tags()).containsExactly(Map.entry("beta", 2), Map.entry("prod", 1));
		AgentCommand retagged = AgentCommand.of(agent);
		retagged.setTags(Map.of("prod", 2));
		assertThat(this.agents.update(agent.id(), agent.version(), retagged).tags())
			.containsExactly(Map.entry("prod", 2));
		assertThat(this.agents.get(agent.id()).tags()).containsExactly(Map.entry("prod", 2));
	}

	private String tagError(AgentSummary agent, Map<String, Integer> tags) {
		AgentCommand command = AgentCommand.of(agent);
		command.setTags(tags);
		FieldException ex = catchThrowableOfType(FieldException.class,
				() -> this.agents.update(agent.id(), agent.version(), command));
		assertThat(ex.getField()).isEqualTo("tags");
		return ex.getMessage();
	}

	@Test
	void a_stale_version_is_refused() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		AgentSummary agent = this.agents.create(command("Sales"));
		AgentCommand first = AgentCommand.of(agent);
		first.setDescription("first");
		this.agents.update(agent.id(), agent.version(), first);
		assertThatThrownBy(() -> this.agents.update(agent.id(), agent.version(), AgentCommand.of(agent)))
			.isInstanceOf(ConcurrentChangeException.class);
		assertThat(this.agents.get(agent.id()).description()).isEqualTo("first");
	}

	@Test
	void references_resolve_to_latest_numbers_and_tags() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		AgentSummary agent = this.agents.create(command("Sales"));
		assertThat(agent.resolve(VersionRef.LATEST)).isEmpty();
		this.agents.publishVersion(agent.id());
		this.agents.publishVersion(agent.id());
		agent = this.agents.publishVersion(agent.id());
		AgentCommand tagged = AgentCommand.of(agent);
		tagged.setTags(Map.of("prod", 2));
		agent = this.agents.update(agent.id(), agent.version(), tagged);
		assertThat(agent.resolve(VersionRef.LATEST)).contains(3);
		assertThat(agent.resolve(VersionRef.parse("1"))).contains(1);
		assertThat(agent.resolve(VersionRef.parse("prod"))).contains(2);
		assertThat(agent.resolve(VersionRef.parse("4"))).isEmpty();
		assertThat(agent.resolve(VersionRef.parse("beta"))).isEmpty();
		assertThat(agent.label()).isEqualTo("Sales");
	}

	@Test
	void viewers_read_agents_but_cannot_change_them_and_agent_managers_can() {
		Org org = this.accounts.newOrganization();
		AgentSummary[] agent = new AgentSummary[1];
		this.accounts.as(this.accounts.addUser(org, Role.AGENT_MANAGER), () -> {
			agent[0] = this.agents.create(command("Sales"));
			agent[0] = this.agents.publishVersion(agent[0].id());
		});
		this.accounts.signIn(this.accounts.addUser(org, Role.VIEWER));
		assertThat(this.agents.list()).extracting(AgentSummary::name).containsExactly("Sales");
		assertThat(this.agents.get(agent[0].id()).latestVersion()).isEqualTo(1);
		assertThat(this.agents.bindingCount(agent[0].id())).isZero();
		long id = agent[0].id();
		long version = agent[0].version();
		assertThatThrownBy(() -> this.agents.create(command("Mine"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.agents.update(id, version, command("Renamed")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.agents.publishVersion(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.agents.delete(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.agents.deleteWithBindings(id)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.agents.get(id).version()).isEqualTo(version);
	}

	@Test
	void unique_constraint_violations_become_the_same_field_errors() {
		ConstraintTranslation.check(this.accounts, this.agents, this.jdbc, this.constraints);
	}

}
