package io.trunkline.audit;

import java.util.List;
import java.util.UUID;

import io.trunkline.TrunklineTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.Caller;
import io.trunkline.security.CurrentUser;
import io.trunkline.security.NewUser;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.UserService;
import io.trunkline.security.UserSummary;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of caller meets the same {@code @PreAuthorize} checks with the role it has,
 * acts in its own organization, and is named in the audit trail by what it is.
 */
@TrunklineTest
class CallerVariantsTest {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private UserService users;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private AuditLog auditLog;

	@Autowired
	private CurrentUser currentUser;

	@Autowired
	private JdbcTemplate jdbc;

	private AuditTrail trail;

	private Org org;

	private Org other;

	private TrunkSummary trunk;

	@BeforeEach
	void organizations() {
		this.trail = new AuditTrail(this.jdbc);
		this.org = this.accounts.newOrganization();
		this.other = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Main", "pw");
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void an_admin_api_key_lists_the_people_of_its_own_organization_only() {
		this.accounts.as(new Caller.ApiKey(7, "PROVISIONING", this.org.id(), "provisioning", Role.ADMIN), () -> {
			List<String> emails = this.users.list(PageRequest.of(0, 50)).map(UserSummary::email).toList();
			assertThat(emails).contains(this.org.adminEmail()).doesNotContain(this.other.adminEmail());
		});
	}

	@Test
	void what_an_api_key_changes_is_audited_under_the_keys_name() {
		String email = "added-by-key-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		this.accounts.as(new Caller.ApiKey(7, "PROVISIONING", this.org.id(), "provisioning", Role.ADMIN),
				() -> this.users.create(new NewUser(email, "Added by a key", Role.VIEWER)));
		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.CREATE, AuditEntityType.USER);
		assertThat(entry.userId()).isNull();
		assertThat(entry.userEmail()).isEqualTo("api-key:PROVISIONING");
	}

	@Test
	void a_viewer_api_key_reads_but_is_refused_writes_and_the_refusal_is_recorded_in_its_organization() {
		PhoneNumberDetails number = this.fixtures.number(this.org, this.trunk, "+1 415 555 2691");
		this.accounts.as(new Caller.ApiKey(8, "REPORTING000", this.org.id(), "reporting", Role.VIEWER), () -> {
			assertThat(this.numbers.get(number.id()).id()).isEqualTo(number.id());
			assertThatThrownBy(() -> this.numbers.create(NumberFixtures.command(this.trunk, "+1 415 555 2692")))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.users.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
		});
		AuditTrail.Entry refusal = this.trail.last(this.org.id(), AuditAction.ACCESS_DENIED,
				AuditEntityType.SERVICE_METHOD);
		assertThat(refusal.userEmail()).isEqualTo("api-key:REPORTING000");
		assertThat(refusal.userId()).isNull();
	}

	@Test
	void a_job_for_a_person_writes_in_its_organization_and_is_audited_as_that_person() {
		Caller.SystemJob job = Caller.SystemJob.forPerson("test job", this.org.id(), this.org.adminId(),
				this.org.adminEmail(), Role.AGENT_MANAGER);
		this.currentUser.runAs(job, () -> {
			this.numbers.create(NumberFixtures.command(this.trunk, "+1 415 555 2693"));
			assertThatThrownBy(() -> this.users.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.auditLog.recordPlatform(AuditAction.CREATE, AuditEntityType.ORGANIZATION,
					null, Changes.none()))
				.isInstanceOf(AccessDeniedException.class);
			return null;
		});
		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.CREATE, AuditEntityType.PHONE_NUMBER);
		assertThat(entry.userId()).isEqualTo(this.org.adminId());
		assertThat(entry.userEmail()).isEqualTo(this.org.adminEmail());
	}

	@Test
	void a_job_for_no_one_is_audited_as_the_system_and_cannot_read_another_organizations_number() {
		PhoneNumberDetails theirs = this.fixtures.number(this.other, this.fixtures.trunk(this.other, "Theirs", "pw"),
				"+1 415 555 2694");
		this.currentUser.runAs(Caller.SystemJob.forOrganization("trunk check", this.org.id(), Role.AGENT_MANAGER),
				() -> {
					this.numbers.create(NumberFixtures.command(this.trunk, "+1 415 555 2695"));
					assertThatThrownBy(() -> this.numbers.get(theirs.id()))
						.isInstanceOf(io.trunkline.base.NotFoundException.class);
					return null;
				});
		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.CREATE, AuditEntityType.PHONE_NUMBER);
		assertThat(entry.userId()).isNull();
		assertThat(entry.userEmail()).isEqualTo("system");
	}

	@Test
	void a_person_meets_the_same_checks_with_their_role() {
		String viewer = this.accounts.addUser(this.org, Role.VIEWER);
		this.accounts.as(viewer, () -> {
			assertThatThrownBy(() -> this.numbers.create(NumberFixtures.command(this.trunk, "+1 415 555 2696")))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.users.list(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
		});
		this.accounts.as(this.org.adminEmail(),
				() -> assertThat(this.users.list(PageRequest.of(0, 10)).getContent()).isNotEmpty());
	}

	@Test
	void a_thread_with_a_caller_cannot_become_a_job_and_no_job_is_an_operator() {
		Caller.SystemJob job = Caller.SystemJob.forOrganization("any", this.org.id(), Role.ADMIN);
		this.accounts.as(this.accounts.addUser(this.org, Role.VIEWER),
				() -> assertThatThrownBy(
						() -> this.currentUser.runAs(job, () -> this.users.list(PageRequest.of(0, 10))))
					.isInstanceOf(IllegalStateException.class));
		Caller.SystemJob operator = new Caller.SystemJob("escalate", null, null, null, null, true);
		assertThatThrownBy(() -> this.currentUser.runAs(operator, () -> null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void the_first_start_operator_is_refused_once_accounts_exist() {
		assertThatThrownBy(() -> this.currentUser.callOnFirstStart(() -> null))
			.isInstanceOf(IllegalStateException.class);
	}

}
