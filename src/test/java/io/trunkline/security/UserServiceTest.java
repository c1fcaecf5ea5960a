package io.trunkline.security;

import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.base.SaveFailedException;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.TrunklineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class UserServiceTest {

	@Autowired
	private UserService users;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void last_enabled_admin_cannot_be_demoted_or_disabled() {
		Org org = this.accounts.newOrganization();
		String other = this.accounts.addUser(org, Role.ADMIN);
		this.accounts.signIn(other);
		this.users.update(org.adminId(), new UserUpdate(Role.VIEWER, true));
		assertThatThrownBy(() -> this.users.update(this.accounts.idOf(other), new UserUpdate(Role.VIEWER, true)))
			.isInstanceOf(FieldException.class)
			.hasMessage(UserService.LAST_ADMIN)
			.extracting("field")
			.isEqualTo("role");
		this.accounts.signIn(other);
		assertThat(this.accounts.load(other).getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void disabling_the_last_admin_is_refused_at_the_enabled_field() {
		Org org = this.accounts.newOrganization();
		String second = this.accounts.addUser(org, Role.ADMIN);
		this.accounts.signIn(second);
		this.users.update(org.adminId(), new UserUpdate(Role.ADMIN, false));
		this.accounts.signIn(org.adminEmail());
		assertThat(this.accounts.load(org.adminEmail()).isEnabled()).isFalse();
		this.accounts.signIn(second);
		assertThatThrownBy(() -> this.users.update(this.accounts.idOf(second), new UserUpdate(Role.ADMIN, false)))
			.isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("enabled");
	}

	@Test
	void a_second_admin_can_be_demoted() {
		Org org = this.accounts.newOrganization();
		String second = this.accounts.addUser(org, Role.ADMIN);
		this.accounts.signIn(org.adminEmail());
		assertThat(this.users.update(this.accounts.idOf(second), new UserUpdate(Role.VIEWER, true)).role())
			.isEqualTo(Role.VIEWER);
	}

	@Test
	void email_is_unique_without_regard_to_case() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		this.users.create(new NewUser("Mixed.Case@Example.test", "One", Role.VIEWER));
		assertThatThrownBy(() -> this.users.create(new NewUser(" mixed.case@example.TEST ", "Two", Role.VIEWER)))
			.isInstanceOfSatisfying(FieldException.class, (ex) -> assertThat(ex.getErrors())
				.containsExactly(new FieldError("email", "email_taken", "A user with this email already exists")));
	}

	@Test
	void a_refused_role_is_a_generic_error_not_a_taken_email() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		// the database refusing a role, as H2 2.4.240 refused every role once the pool
		// had
		// replaced the connection that ran the migrations
		this.jdbc.execute("alter table app_user drop constraint ck_app_user_role");
		this.jdbc.execute(
				"alter table app_user add constraint ck_app_user_role check (role in ('ADMIN', 'VIEWER') or email not like '%.refused.test')");
		try {
			assertThatThrownBy(() -> this.users
				.create(new NewUser("manager@" + org.id() + ".refused.test", "Manager", Role.AGENT_MANAGER)))
				.isInstanceOf(SaveFailedException.class)
				.hasMessage(SaveFailedException.MESSAGE)
				.extracting("code")
				.isEqualTo("internal_error");
		}
		finally {
			this.jdbc.execute("alter table app_user drop constraint ck_app_user_role");
			this.jdbc.execute("alter table app_user add constraint ck_app_user_role check (role in ('ADMIN', "
					+ "'AGENT_MANAGER', 'VIEWER'))");
		}
		assertThat(
				this.users.create(new NewUser("manager@" + org.id() + ".refused.test", "Manager", Role.AGENT_MANAGER))
					.email())
			.isEqualTo("manager@" + org.id() + ".refused.test");
	}

	@Test
	void new_user_gets_a_temporary_password_to_change() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		NewAccount account = this.users.create(new NewUser("temp@" + org.id() + ".test", "Temp", Role.VIEWER));
		assertThat(account.temporaryPassword()).hasSize(20);
		assertThat(account.toString()).doesNotContain(account.temporaryPassword());
		assertThat(this.accounts.load(account.email()).isPasswordChangeRequired()).isTrue();
	}

	@Test
	void admin_of_one_organization_never_reaches_another_organizations_users() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		String bViewer = this.accounts.addUser(b, Role.VIEWER);
		long bViewerId = this.accounts.idOf(bViewer);
		this.accounts.signIn(a.adminEmail());

		assertThat(this.users.list(Pageable.ofSize(100))).extracting(UserSummary::email)
			.containsExactly(a.adminEmail());
		assertThatThrownBy(() -> this.users.get(bViewerId)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.get(b.adminId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.update(bViewerId, new UserUpdate(Role.ADMIN, true)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.update(b.adminId(), new UserUpdate(Role.ADMIN, false)))
			.isInstanceOf(NotFoundException.class);

		AppUser untouched = this.accounts.load(bViewer);
		assertThat(untouched.getRole()).isEqualTo(Role.VIEWER);
		assertThat(untouched.isEnabled()).isTrue();
		assertThat(this.accounts.load(b.adminEmail()).isEnabled()).isTrue();
	}

	@Test
	void only_admins_manage_users() {
		Org org = this.accounts.newOrganization();
		for (Role role : new Role[] { Role.VIEWER, Role.AGENT_MANAGER }) {
			this.accounts.signIn(this.accounts.addUser(org, role));
			assertThatThrownBy(() -> this.users.list(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.users.create(new NewUser("x@example.test", "X", Role.ADMIN)))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.users.update(org.adminId(), new UserUpdate(Role.VIEWER, false)))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void nobody_signed_in_gets_nothing() {
		assertThatThrownBy(() -> this.users.list(Pageable.ofSize(10)))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void own_password_change_checks_the_current_one() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		assertThatThrownBy(() -> this.users.changeOwnPassword("wrong", "a-much-longer-password"))
			.isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("currentPassword");
	}

}
