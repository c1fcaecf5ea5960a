package io.trunkline.agent;

import io.trunkline.base.ConstraintTranslator;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Inserts rows that break the agent table's unique constraints behind the service's back,
 * and checks that their violations become the service's field errors. Run on H2 and on
 * PostgreSQL, whose messages differ.
 */
final class ConstraintTranslation {

	private ConstraintTranslation() {
	}

	static void check(TestAccounts accounts, AgentService agents, JdbcTemplate jdbc, ConstraintTranslator translator) {
		Org org = accounts.newOrganization();
		accounts.signIn(org.adminEmail());
		AgentCommand command = new AgentCommand();
		command.setName("Sales");
		AgentSummary agent = agents.create(command);
		String insert = "insert into agent (id, version, organization_id, name, name_key, external_id, created_at, "
				+ "updated_at) values (?, 0, ?, ?, ?, ?, current_timestamp, current_timestamp)";
		DataIntegrityViolationException sameName = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> jdbc.update(insert, 990001, org.id(), "SALES", "sales", "other"));
		assertThat(translator.translate(sameName)).isInstanceOfSatisfying(FieldException.class,
				(ex) -> assertThat(ex.getErrors())
					.containsExactly(new FieldError("name", "name_taken", "Another agent has this name")));
		DataIntegrityViolationException sameExternalId = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> jdbc.update(insert, 990002, org.id(), "Other", "other", agent.externalId()));
		assertThat(translator.translate(sameExternalId)).isInstanceOfSatisfying(FieldException.class,
				(ex) -> assertThat(ex.getErrors()).containsExactly(
						new FieldError("externalId", "external_id_taken", "Another agent has this external id")));
	}

}
