package io.trunkline.audit;

import io.trunkline.TrunklineTest;
import io.trunkline.security.NewUser;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.UserService;
import io.trunkline.security.UserUpdate;
import io.trunkline.security.crypto.KeyRotationService;
import io.trunkline.security.crypto.RotationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organizations, people and the encryption key.
 */
@TrunklineTest
class AccountAuditTest {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private UserService users;

	@Autowired
	private KeyRotationService rotation;

	@Autowired
	private JdbcTemplate jdbc;

	private AuditTrail trail;

	@BeforeEach
	void setUp() {
		this.trail = new AuditTrail(this.jdbc);
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void opening_an_organization_is_a_platform_entry_and_its_first_admin_the_organizations_first() {
		Org org = this.accounts.newOrganization();

		AuditTrail.Entry opened = this.trail.of(null)
			.stream()
			.filter((e) -> e.entityType() == AuditEntityType.ORGANIZATION && org.id() == e.entityId())
			.findFirst()
			.orElseThrow();
		assertThat(opened.action()).isEqualTo(AuditAction.CREATE);
		assertThat(opened.userEmail()).isEqualTo("test-operator");
		opened.hasChange("name", null, org.name());

		AuditTrail.Entry admin = this.trail.last(org.id(), AuditAction.CREATE, AuditEntityType.USER);
		assertThat(admin.entityId()).isEqualTo(org.adminId());
		admin.hasChange("email", null, org.adminEmail()).hasChange("role", null, "ADMIN");
	}

	@Test
	void adding_a_person_changing_their_role_and_disabling_them_are_recorded() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		long id = this.users.create(new NewUser("person-audit@example.test", "Pat", Role.VIEWER)).userId();
		AuditTrail.Entry created = this.trail.last(org.id(), AuditAction.CREATE, AuditEntityType.USER);
		assertThat(created.entityId()).isEqualTo(id);
		assertThat(created.userId()).isEqualTo(org.adminId());
		created.hasChange("email", null, "person-audit@example.test").hasChange("role", null, "VIEWER");

		this.users.update(id, new UserUpdate(Role.AGENT_MANAGER, true));
		assertThat(this.trail.last(org.id(), AuditAction.UPDATE, AuditEntityType.USER).changes())
			.containsExactly(new FieldChange("role", "VIEWER", "AGENT_MANAGER"));

		this.users.update(id, new UserUpdate(Role.AGENT_MANAGER, false));
		assertThat(this.trail.last(org.id(), AuditAction.UPDATE, AuditEntityType.USER).changes())
			.containsExactly(new FieldChange("enabled", "true", "false"));
	}

	@Test
	void a_password_change_shows_only_that_it_changed() {
		Org org = this.accounts.newOrganization();
		this.accounts.setPassword(org.adminEmail(), "first-password-123");
		this.accounts.signIn(org.adminEmail());
		this.users.changeOwnPassword("first-password-123", "Marker-New-Password-5520");

		AuditTrail.Entry entry = this.trail.last(org.id(), AuditAction.UPDATE, AuditEntityType.USER);
		assertThat(entry.entityId()).isEqualTo(org.adminId());
		assertThat(entry.changes()).containsExactly(new FieldChange("password", null, "changed"));
		assertThat(this.trail.everything()).doesNotContain("Marker-New-Password-5520")
			.doesNotContain("first-password-123");
	}

	@Test
	void a_key_rotation_is_a_platform_entry_with_the_new_key_id() {
		RotationResult result = this.accounts.asOperator(this.rotation::rotate);

		AuditTrail.Entry entry = this.trail.last(null, AuditAction.KEY_ROTATION, AuditEntityType.ENCRYPTION_KEY);
		assertThat(entry.entityId()).isEqualTo((long) result.newPrimaryKeyId());
		entry.hasChange("reencrypted", null, String.valueOf(result.reencrypted()));
	}

}
