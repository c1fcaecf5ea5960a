package io.trunkline.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.trunkline.TrunklineTest;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.BindingService;
import io.trunkline.phonenumber.BulkBinding;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberEdit;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers and their agents: one entry per saved number (bindings included), one entry per
 * bulk action with the count.
 */
@TrunklineTest
class NumberAuditTest {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private BindingService bindings;

	@Autowired
	private JdbcTemplate jdbc;

	private AuditTrail trail;

	private Org org;

	private TrunkSummary trunk;

	private AgentSummary ava;

	private AgentSummary ben;

	@BeforeEach
	void setUp() {
		this.trail = new AuditTrail(this.jdbc);
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Carrier", "pw");
		this.ava = this.fixtures.agent(this.org, "Ava", 1);
		this.ben = this.fixtures.agent(this.org, "Ben", 1);
		this.accounts.signIn(this.org.adminEmail());
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_new_number_is_recorded_with_its_fields_and_agents() {
		PhoneNumberCommand command = NumberFixtures.command(this.trunk, "+1 415 555 0201");
		command.setDisplayName("Front desk");
		command.setInboundAgents(List.of(new BindingLine(this.ava.id(), "latest", 10000)));
		PhoneNumberDetails created = this.numbers.create(command);

		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.CREATE, AuditEntityType.PHONE_NUMBER);
		assertThat(entry.entityId()).isEqualTo(created.id());
		entry.hasChange("number", null, "+14155550201")
			.hasChange("displayName", null, "Front desk")
			.hasChange("sipTrunkId", null, String.valueOf(this.trunk.id()))
			.hasChange("inboundAgents", null, "Ava (#" + this.ava.id() + ", latest, 100.00 %)");
	}

	@Test
	void changed_bindings_are_recorded_old_and_new_with_the_number() {
		PhoneNumberCommand command = NumberFixtures.command(this.trunk, "+1 415 555 0202");
		command.setInboundAgents(List.of(new BindingLine(this.ava.id(), "latest", 10000)));
		PhoneNumberDetails number = this.numbers.create(command);
		PhoneNumberCommand edit = PhoneNumberEdit.of(number);
		edit.setInboundAgents(
				List.of(new BindingLine(this.ava.id(), "latest", 6000), new BindingLine(this.ben.id(), "1", 4000)));
		edit.setInboundPin("9081726354");
		this.numbers.update(number.id(), number.version(), edit);

		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.UPDATE, AuditEntityType.PHONE_NUMBER);
		assertThat(entry.entityId()).isEqualTo(number.id());
		assertThat(entry.changes()).containsExactly(
				new FieldChange("inboundAgents", "Ava (#" + this.ava.id() + ", latest, 100.00 %)",
						"Ava (#" + this.ava.id() + ", latest, 60.00 %); Ben (#" + this.ben.id() + ", 1, 40.00 %)"),
				new FieldChange("inboundPin", null, "changed"));
		assertThat(this.trail.everything()).doesNotContain("9081726354");
	}

	@Test
	void bulk_activation_and_deletion_are_one_entry_each_with_the_count() {
		List<Long> ids = List.of(this.fixtures.number(this.org, this.trunk, "+1 415 555 0203").id(),
				this.fixtures.number(this.org, this.trunk, "+1 415 555 0204").id(),
				this.fixtures.number(this.org, this.trunk, "+1 415 555 0205").id());
		this.accounts.signIn(this.org.adminEmail());
		long before = this.trail.count();

		this.numbers.setActive(ids, false);
		AuditTrail.Entry deactivated = this.trail.last(this.org.id(), AuditAction.UPDATE, AuditEntityType.PHONE_NUMBER);
		assertThat(deactivated.entityId()).isNull();
		deactivated.hasChange("active", "true", "false")
			.hasChange("count", null, "3")
			.hasChange("selectedIds", null, ids.get(0) + ", " + ids.get(1) + ", " + ids.get(2));

		this.numbers.delete(Set.of(ids.get(0), ids.get(1)));
		AuditTrail.Entry deleted = this.trail.last(this.org.id(), AuditAction.DELETE, AuditEntityType.PHONE_NUMBER);
		deleted.hasChange("count", null, "2").hasChange("numbers", null, "+14155550203, +14155550204");
		assertThat(this.trail.count()).isEqualTo(before + 2);
	}

	@Test
	void a_bulk_binding_is_one_entry_with_the_count_and_the_new_agents() {
		Set<Long> ids = new HashSet<>(this.fixtures.manyNumbers(this.org, this.trunk, 60, true));
		this.accounts.signIn(this.org.adminEmail());
		long before = this.trail.count();
		this.bindings
			.bindAll(BulkBinding.selected(ids, List.of(new BindingLine(this.ben.id(), "latest", 10000)), null));

		assertThat(this.trail.count()).isEqualTo(before + 1);
		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.BIND, AuditEntityType.PHONE_NUMBER);
		entry.hasChange("count", null, "60")
			.hasChange("inboundAgents", null, "Ben (#" + this.ben.id() + ", latest, 100.00 %)")
			.hasChange("selection", null, "selected numbers");
		assertThat(entry.field("ids").newValue()).startsWith("60 in all, the first 50: ");
		assertThat(entry.fields()).doesNotContain("outboundAgents");
	}

}
