package io.trunkline.security;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.trunkline.PostgresTestBase;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Flyway migrations and the user service against a real PostgreSQL, in a database
 * created for this class and dropped after it. The postgres profile never generates a
 * keyset; this test lets it, in the test data directory.
 */
@Import(TestAccounts.class)
class UserServicePostgresIT extends PostgresTestBase {

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
	void migrations_ran_on_postgresql() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForList("select version from flyway_schema_history where success", String.class))
			.contains("1");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Long.class,
				"bootstrap-admin@trunkline.test"))
			.isEqualTo(1L);
	}

	@Test
	void organizations_are_isolated_on_postgresql() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		String bViewer = this.accounts.addUser(b, Role.VIEWER);
		this.accounts.signIn(a.adminEmail());
		assertThat(this.users.list(Pageable.ofSize(50))).extracting(UserSummary::email).containsExactly(a.adminEmail());
		long bViewerId = this.accounts.idOf(bViewer);
		assertThatThrownBy(() -> this.users.update(bViewerId, new UserUpdate(Role.ADMIN, true)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.accounts.load(bViewer).getRole()).isEqualTo(Role.VIEWER);
	}

	@Test
	void duplicate_email_in_any_case_is_a_field_error_on_postgresql() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		this.users.create(new NewUser("Pg.Person@Example.test", "One", Role.VIEWER));
		assertThatThrownBy(() -> this.users.create(new NewUser("pg.person@example.TEST", "Two", Role.VIEWER)))
			.isInstanceOf(FieldException.class)
			.hasMessage("A user with this email already exists");
	}

	@Test
	void two_admins_demoting_each_other_at_once_leave_one_admin() throws Exception {
		Org org = this.accounts.newOrganization();
		String second = this.accounts.addUser(org, Role.ADMIN);
		long firstId = org.adminId();
		long secondId = this.accounts.idOf(second);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<String>> results = pool
				.invokeAll(List.of(demote(org.adminEmail(), secondId, start), demote(second, firstId, start), () -> {
					start.countDown();
					return "started";
				}));
			List<String> outcomes = results.stream().map(UserServicePostgresIT::get).toList();
			assertThat(outcomes).containsExactlyInAnyOrder("demoted", UserService.LAST_ADMIN, "started");
		}
		finally {
			pool.shutdownNow();
		}
		long admins = this.jdbc.queryForObject(
				"select count(*) from app_user where organization_id = ? and role = 'ADMIN' and enabled", Long.class,
				org.id());
		assertThat(admins).isEqualTo(1L);
	}

	private Callable<String> demote(String actor, long target, CountDownLatch start) {
		return () -> {
			this.accounts.signIn(actor);
			start.await();
			try {
				this.users.update(target, new UserUpdate(Role.VIEWER, true));
				return "demoted";
			}
			catch (FieldException ex) {
				return ex.getMessage();
			}
			finally {
				this.accounts.signOut();
			}
		};
	}

	private static String get(Future<String> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
