package io.trunkline.audit;

import io.trunkline.TrunklineTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioCommand;
import io.trunkline.trunk.TwilioIntegrationService;
import io.trunkline.trunk.TwilioSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIP trunks and Twilio integrations: each create, update and delete is one entry with
 * the changed fields; passwords and tokens show only "changed".
 */
@TrunklineTest
class TrunkAuditTest {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private TwilioIntegrationService integrations;

	@Autowired
	private JdbcTemplate jdbc;

	private AuditTrail trail;

	private Org org;

	@BeforeEach
	void setUp() {
		this.trail = new AuditTrail(this.jdbc);
		this.org = this.accounts.newOrganization();
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void creating_a_trunk_records_its_fields_and_that_a_password_was_set() {
		TrunkSummary trunk = this.fixtures.trunk(this.org, "Carrier", "pw-1");

		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.CREATE, AuditEntityType.SIP_TRUNK);
		assertThat(entry.entityId()).isEqualTo(trunk.id());
		assertThat(entry.userId()).isEqualTo(this.org.adminId());
		assertThat(entry.userEmail()).isEqualTo(this.org.adminEmail());
		entry.hasChange("name", null, "Carrier")
			.hasChange("transport", null, "TCP")
			.hasChange("password", null, "changed");
	}

	@Test
	void updating_a_trunk_records_only_what_changed() {
		TrunkSummary trunk = this.fixtures.trunk(this.org, "Carrier", "pw-1");
		this.accounts.signIn(this.org.adminEmail());
		TrunkCommand command = TrunkCommand.of(trunk);
		command.setName("Carrier B");
		command.setTerminationUri("sips:b.example.com:5061");
		this.trunks.update(trunk.id(), trunk.version(), command);

		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.UPDATE, AuditEntityType.SIP_TRUNK);
		assertThat(entry.entityId()).isEqualTo(trunk.id());
		assertThat(entry.fields()).containsExactlyInAnyOrder("name", "terminationUri", "transport");
		entry.hasChange("name", "Carrier", "Carrier B").hasChange("transport", "TCP", Transport.TLS.name());
	}

	@Test
	void replacing_and_removing_a_password_each_show_changed() {
		TrunkSummary trunk = this.fixtures.trunk(this.org, "Carrier", "pw-1");
		this.accounts.signIn(this.org.adminEmail());
		TrunkCommand replace = TrunkCommand.of(trunk);
		replace.setNewPassword("pw-2");
		TrunkSummary replaced = this.trunks.update(trunk.id(), trunk.version(), replace);
		assertThat(this.trail.last(this.org.id(), AuditAction.UPDATE, AuditEntityType.SIP_TRUNK).changes())
			.containsExactly(new FieldChange("password", null, "changed"));

		TrunkCommand clear = TrunkCommand.of(replaced);
		clear.setClearPassword(true);
		this.trunks.update(trunk.id(), replaced.version(), clear);
		assertThat(this.trail.of(this.org.id())).filteredOn((e) -> e.action() == AuditAction.UPDATE).hasSize(2);
	}

	@Test
	void a_save_that_changes_nothing_records_nothing() {
		TrunkSummary trunk = this.fixtures.trunk(this.org, "Carrier", "pw-1");
		this.accounts.signIn(this.org.adminEmail());
		long before = this.trail.count();
		this.trunks.update(trunk.id(), trunk.version(), TrunkCommand.of(trunk));
		assertThat(this.trail.count()).isEqualTo(before);
	}

	@Test
	void deleting_a_trunk_records_its_last_values() {
		TrunkSummary trunk = this.fixtures.trunk(this.org, "Old carrier", "pw-1");
		this.accounts.signIn(this.org.adminEmail());
		this.trunks.delete(trunk.id());

		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.DELETE, AuditEntityType.SIP_TRUNK);
		assertThat(entry.entityId()).isEqualTo(trunk.id());
		entry.hasChange("name", "Old carrier", null);
	}

	@Test
	void twilio_integrations_are_recorded_with_the_token_only_as_changed() {
		TwilioSummary twilio = this.fixtures.twilio(this.org, "Twilio main", "token-1");
		this.trail.last(this.org.id(), AuditAction.CREATE, AuditEntityType.TWILIO_INTEGRATION)
			.hasChange("name", null, "Twilio main")
			.hasChange("authToken", null, "changed");

		this.accounts.signIn(this.org.adminEmail());
		TwilioCommand command = TwilioCommand.of(twilio);
		command.setName("Twilio EU");
		command.setNewAuthToken("token-2");
		this.integrations.update(twilio.id(), twilio.version(), command);
		AuditTrail.Entry updated = this.trail.last(this.org.id(), AuditAction.UPDATE,
				AuditEntityType.TWILIO_INTEGRATION);
		assertThat(updated.changes()).containsExactly(new FieldChange("name", "Twilio main", "Twilio EU"),
				new FieldChange("authToken", null, "changed"));

		this.integrations.delete(twilio.id());
		assertThat(this.trail.last(this.org.id(), AuditAction.DELETE, AuditEntityType.TWILIO_INTEGRATION).entityId())
			.isEqualTo(twilio.id());
	}

}
