package io.trunkline.audit;

import io.trunkline.TrunklineTest;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service method refused by method security is recorded for the person, in their
 * organization, even when the refusal rolls back the transaction around it. (Refused
 * views: {@code AuditViewTest}.)
 */
@TrunklineTest
class RefusedAccessAuditTest {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	private AuditTrail trail;

	private Org org;

	private String viewer;

	@BeforeEach
	void setUp() {
		this.trail = new AuditTrail(this.jdbc);
		this.org = this.accounts.newOrganization();
		this.viewer = this.accounts.addUser(this.org, Role.VIEWER);
		this.accounts.signIn(this.viewer);
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_refused_service_call_is_recorded_with_the_method() {
		assertThatThrownBy(() -> this.trunks.create(trunk())).isInstanceOf(AccessDeniedException.class);

		AuditTrail.Entry entry = this.trail.last(this.org.id(), AuditAction.ACCESS_DENIED,
				AuditEntityType.SERVICE_METHOD);
		assertThat(entry.userId()).isEqualTo(this.accounts.idOf(this.viewer));
		assertThat(entry.userEmail()).isEqualTo(this.viewer);
		entry.hasChange("target", null, "TrunkService.create");
	}

	@Test
	void the_entry_stays_when_the_refusal_rolls_back_the_surrounding_transaction() {
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.trunks.delete(1L)))
			.isInstanceOf(AccessDeniedException.class);

		this.trail.last(this.org.id(), AuditAction.ACCESS_DENIED, AuditEntityType.SERVICE_METHOD)
			.hasChange("target", null, "TrunkService.delete");
	}

	@Test
	void nothing_is_recorded_for_a_call_that_is_allowed() {
		long before = this.trail.count();
		this.trunks.list();
		assertThat(this.trail.count()).isEqualTo(before);
	}

	private static TrunkCommand trunk() {
		TrunkCommand command = new TrunkCommand();
		command.setName("Not allowed");
		command.setTerminationUri("sip:pbx.example.com");
		return command;
	}

}
