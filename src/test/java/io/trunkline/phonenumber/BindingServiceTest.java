package io.trunkline.phonenumber;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import io.trunkline.TrunklineTest;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class BindingServiceTest {

	@Autowired
	private BindingService bindings;

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private AgentRouter router;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_number_keeps_weighted_inbound_and_a_single_outbound_agent() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 2);
		AgentSummary ben = this.fixtures.agent(org, "Ben", 1);
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand command = NumberFixtures.command(trunk, "+1 415 555 0901");
		command.setInboundAgents(List.of(new BindingLine(ava.id(), "1", 7000), new BindingLine(ben.id(), "", 3000)));
		command.setOutboundAgents(List.of(new BindingLine(ben.id(), "latest", 10000)));
		PhoneNumberDetails saved = this.numbers.create(command);
		assertThat(this.bindings.get(saved.id()).inbound()).containsExactly(new BindingLine(ava.id(), "1", 7000),
				new BindingLine(ben.id(), "latest", 3000));
		PhoneNumberRow row = this.numbers
			.page(new NumberFilter(null, null, null, null, ben.id()), PageRequest.of(0, 10))
			.get(0);
		assertThat(row.inboundAgents()).isEqualTo("Ava 70.00 %, Ben 30.00 %");
		assertThat(row.outboundAgents()).isEqualTo("Ben");
		assertThat(row.inUse()).isTrue();
		AgentRouter.Route route = this.router.route(saved.id(), Direction.OUTBOUND, new SplittableRandom(1))
			.orElseThrow();
		assertThat(route.agentId()).isEqualTo(ben.id());
		assertThat(route.version()).isEqualTo(1);
	}

	@Test
	void bad_binding_saves_nothing_of_the_number() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 1);
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand command = NumberFixtures.command(trunk, "+1 415 555 0902");
		command.setSupportsOutbound(false);
		command.setOutboundAgents(List.of(new BindingLine(ava.id(), "latest", 10000)));
		assertThatThrownBy(() -> this.numbers.create(command)).isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("outbound");
		assertThat(this.numbers.count(NumberFilter.NONE)).isZero();
	}

	@Test
	void ten_thousand_numbers_are_bound_in_one_operation_and_unsupported_ones_are_skipped() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 1);
		AgentSummary ben = this.fixtures.agent(org, "Ben", 1);
		Set<Long> ids = new HashSet<>(this.fixtures.manyNumbers(org, trunk, 10_000, true));
		this.accounts.signIn(org.adminEmail());
		List<BindingLine> split = List.of(new BindingLine(ava.id(), "latest", 5000),
				new BindingLine(ben.id(), "latest", 5000));
		BulkBindResult result = this.bindings.bindAll(BulkBinding.selected(ids, split, null));
		assertThat(result.inboundSet()).isEqualTo(10_000);
		assertThat(result.summary()).startsWith("Inbound agents set on 10,000 numbers");
		assertThat(countBindings(org)).isEqualTo(20_000L);
		result = this.bindings.bindAll(BulkBinding.matching(NumberFilter.NONE,
				List.of(new BindingLine(ben.id(), "1", 10000)), List.of(new BindingLine(ava.id(), "latest", 1))));
		assertThat(result.numbers()).isEqualTo(10_000);
		assertThat(countBindings(org)).isEqualTo(20_000L);
		assertThat(this.numbers.count(new NumberFilter(null, null, null, null, ava.id()))).isEqualTo(10_000);
	}

	@Test
	void bulk_binding_skips_numbers_that_do_not_take_the_direction() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 1);
		Set<Long> ids = new HashSet<>(this.fixtures.manyNumbers(org, trunk, 30, false));
		this.accounts.signIn(org.adminEmail());
		BulkBindResult result = this.bindings
			.bindAll(BulkBinding.selected(ids, null, List.of(new BindingLine(ava.id(), "latest", 10000))));
		assertThat(result.outboundSet()).isZero();
		assertThat(result.outboundSkipped()).isEqualTo(30);
		assertThat(result.summary()).contains("30 skipped: they do not take outbound calls");
	}

	@Test
	void another_organizations_numbers_and_agents_are_not_found_and_unchanged() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		AgentSummary bAgent = this.fixtures.agent(b, "B agent", 1);
		AgentSummary aAgent = this.fixtures.agent(a, "A agent", 1);
		TrunkSummary bTrunk = this.fixtures.trunk(b, "B", "pw");
		Set<Long> bIds = new HashSet<>(this.fixtures.manyNumbers(b, bTrunk, 5, true));
		this.accounts.signIn(b.adminEmail());
		this.bindings.bindAll(BulkBinding.selected(bIds, List.of(new BindingLine(bAgent.id(), "latest", 10000)), null));
		long bNumber = bIds.iterator().next();

		this.accounts.signIn(a.adminEmail());
		assertThatThrownBy(() -> this.bindings.get(bNumber)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.router.route(bNumber, Direction.INBOUND, new SplittableRandom(1)))
			.isInstanceOf(NotFoundException.class);
		BulkBindResult result = this.bindings
			.bindAll(BulkBinding.selected(bIds, List.of(new BindingLine(aAgent.id(), "latest", 10000)), null));
		assertThat(result.numbers()).isZero();
		assertThatThrownBy(() -> this.bindings.bindAll(
				BulkBinding.matching(NumberFilter.NONE, List.of(new BindingLine(bAgent.id(), "latest", 10000)), null)))
			.hasMessage("Agent not found");
		assertThat(this.jdbc.queryForList("select agent_id from number_binding where organization_id = ?", Long.class,
				b.id()))
			.hasSize(5)
			.containsOnly(bAgent.id());
	}

	@Test
	void a_form_read_before_a_bulk_binding_cannot_write_the_old_bindings_back() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 1);
		PhoneNumberDetails number = this.fixtures.number(org, trunk, "+1 415 555 0903");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberDetails opened = this.numbers.get(number.id());
		this.bindings.bindAll(
				BulkBinding.selected(Set.of(number.id()), List.of(new BindingLine(ava.id(), "latest", 10000)), null));
		PhoneNumberCommand stale = PhoneNumberEdit.of(opened);
		stale.setDisplayName("Edited in a stale form");
		assertThatThrownBy(() -> this.numbers.update(number.id(), opened.version(), stale))
			.isInstanceOf(ConcurrentChangeException.class);
		PhoneNumberCommand fresh = PhoneNumberEdit.of(this.numbers.get(number.id()));
		fresh.setDisplayName("Edited after reloading");
		assertThat(this.numbers.update(number.id(), opened.version(), fresh).bindings().inbound())
			.extracting(BindingLine::agentId)
			.containsExactly(ava.id());
	}

	@Test
	void viewers_cannot_bind() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(this.accounts.addUser(org, Role.VIEWER));
		assertThatThrownBy(() -> this.bindings.bindAll(BulkBinding.matching(NumberFilter.NONE, List.of(), null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private long countBindings(Org org) {
		return this.jdbc.queryForObject("select count(*) from number_binding where organization_id = ?", Long.class,
				org.id());
	}

}
