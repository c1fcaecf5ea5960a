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
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A service method or a request refused by Spring Security is recorded for the person, in
 * their organization, even when the refusal rolls back the transaction around it.
 * (Refused views: {@code AuditViewTest}.)
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

	@Autowired
	private WebApplicationContext web;

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
	void a_refused_request_is_recorded_with_its_path() throws Exception {
		Authentication viewer = this.accounts.signIn(this.viewer);
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.web).apply(springSecurity()).build();
		mvc.perform(get("/internal/report.txt").with(authentication(viewer))).andExpect(status().isForbidden());

		this.trail.last(this.org.id(), AuditAction.ACCESS_DENIED, AuditEntityType.WEB_REQUEST)
			.hasChange("target", null, "GET /internal/report.txt");
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
