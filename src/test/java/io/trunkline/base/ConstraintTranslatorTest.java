package io.trunkline.base;

import java.sql.SQLException;
import java.util.Map;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@TrunklineTest
@ExtendWith(OutputCaptureExtension.class)
class ConstraintTranslatorTest {

	/** Every registered constraint, with the field and code its violation means. */
	private static final Map<String, FieldError> REGISTERED = Map.of("uk_app_user_email",
			new FieldError("email", "email_taken", "A user with this email already exists"), "uk_organization_slug",
			new FieldError("slug", "slug_taken", "This slug is taken by another organization"), "uk_sip_trunk_name",
			new FieldError("name", "name_taken", "Another trunk has this name"), "uk_twilio_integration_name",
			new FieldError("name", "name_taken", "Another integration has this name"), "uk_agent_name",
			new FieldError("name", "name_taken", "Another agent has this name"), "uk_agent_external_id",
			new FieldError("externalId", "external_id_taken", "Another agent has this external id"),
			"uk_phone_number_org_number",
			new FieldError("number", "number_already_present", "Number already present in this organization"));

	@Autowired
	private ConstraintTranslator translator;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void each_registered_constraint_is_its_field_error_as_each_database_names_it() {
		REGISTERED.forEach((name, error) -> {
			String upper = name.toUpperCase();
			for (String named : new String[] { name, "PUBLIC." + upper + " INDEX PUBLIC." + upper + "_INDEX_7",
					"PUBLIC." + upper + "_INDEX_A", "\"" + upper + "\"" }) {
				assertThat(this.translator.translate(violation(named))).as(named)
					.isInstanceOfSatisfying(FieldException.class,
							(ex) -> assertThat(ex.getErrors()).containsExactly(error));
			}
		});
	}

	@Test
	void an_unregistered_constraint_is_a_logged_generic_error_without_values(CapturedOutput output) {
		Org org = this.accounts.newOrganization();
		String email = "marker-3b9d@unregistered.test";
		DataIntegrityViolationException ex = catchThrowableOfType(DataIntegrityViolationException.class,
				() -> this.jdbc.update("insert into app_user (id, version, organization_id, email, display_name, "
						+ "password_hash, role, enabled, operator, password_change_required, created_at) values "
						+ "(990101, 0, ?, ?, 'Marker person', 'x', 'NOBODY', true, false, false, current_timestamp)",
						org.id(), email));

		RuntimeException translated = this.translator.translate(ex);

		assertThat(translated).isInstanceOfSatisfying(SaveFailedException.class, (failed) -> {
			assertThat(failed.getCode()).isEqualTo("internal_error");
			assertThat(failed.getMessage()).startsWith("The change could not be saved").doesNotContain(email);
			assertThat(failed.getCause()).isNull();
		});
		assertThat(output).contains("ck_app_user_role", "23513").doesNotContain(email, "Marker person");
	}

	@Test
	void a_violation_without_a_constraint_name_is_generic_too() {
		assertThat(this.translator.translate(new DataIntegrityViolationException("value too long: secret")))
			.isInstanceOf(SaveFailedException.class)
			.hasMessageNotContaining("secret");
	}

	private static DataIntegrityViolationException violation(String constraintName) {
		SQLException driver = new SQLException("duplicate: +12125550100", "23505");
		return new DataIntegrityViolationException("could not execute statement",
				new ConstraintViolationException("could not execute statement", driver, constraintName));
	}

}
