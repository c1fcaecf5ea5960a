package io.trunkline.phonenumber;

import java.util.List;
import java.util.Set;

import io.trunkline.TrunklineTest;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.trunkline.phonenumber.NumberFixtures.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@TrunklineTest
class PhoneNumberUpdateTest {

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private BindingService bindings;

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
	void a_save_answers_every_field_error_at_once_the_duplicate_included() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.fixtures.number(org, trunk, "+1 415 555 0500");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand command = command(trunk, "(415) 555-0500");
		command.setInboundWebhookUrl("http://hooks.example.com/in");
		command.setAllowedInboundCountries(Set.of("XX"));
		assertThatThrownBy(() -> this.numbers.create(command)).isInstanceOfSatisfying(FieldException.class,
				(ex) -> assertThat(ex.getErrors()).extracting(FieldError::field, FieldError::code)
					.containsExactly(tuple("number", NumberErrors.NUMBER_ALREADY_PRESENT),
							tuple("inboundWebhookUrl", NumberErrors.WEBHOOK_URL_INVALID),
							tuple("allowedInboundCountries", NumberErrors.COUNTRY_UNKNOWN)));
	}

	@Test
	void an_update_without_the_bindings_version_is_refused_and_changes_nothing() {
		Org org = this.accounts.newOrganization();
		PhoneNumberDetails saved = this.fixtures.number(org, this.fixtures.trunk(org, "Main", "pw"), "+1 415 555 0501");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand edit = PhoneNumberEdit.of(saved);
		edit.setBindingsVersion(null);
		edit.setDisplayName("Blind edit");
		assertThatThrownBy(() -> this.numbers.update(saved.id(), saved.version(), edit)).isInstanceOfSatisfying(
				FieldException.class, (ex) -> assertThat(ex.getErrors()).extracting(FieldError::code)
					.containsExactly(NumberErrors.BINDINGS_VERSION_REQUIRED));
		assertThat(this.numbers.get(saved.id()).displayName()).isEqualTo("+1 415-555-0501");
	}

	@Test
	void single_and_bulk_binding_changes_bump_the_bindings_version_and_a_stale_one_is_refused() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 1);
		PhoneNumberDetails saved = this.fixtures.number(org, trunk, "+1 415 555 0502");
		this.accounts.signIn(org.adminEmail());
		assertThat(saved.bindingsVersion()).isZero();
		PhoneNumberCommand edit = PhoneNumberEdit.of(saved);
		edit.setInboundAgents(List.of(new BindingLine(ava.id(), "latest", 10_000)));
		PhoneNumberDetails edited = this.numbers.update(saved.id(), saved.version(), edit);
		assertThat(edited.bindingsVersion()).isEqualTo(1);
		assertThat(this.numbers.get(saved.id()).bindingsVersion()).isEqualTo(1);

		this.bindings.bindAll(BulkBinding.selected(Set.of(saved.id()), List.of(), null));
		assertThat(this.numbers.get(saved.id()).bindingsVersion()).isEqualTo(2);
		PhoneNumberCommand stale = PhoneNumberEdit.of(edited);
		assertThatThrownBy(() -> this.numbers.update(saved.id(), edited.version(), stale))
			.isInstanceOf(ConcurrentChangeException.class);
		assertThat(this.numbers.get(saved.id()).bindings().inbound()).isEmpty();
	}

	@Test
	void the_pin_is_write_only_kept_when_left_empty_and_removed_on_request() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand command = command(trunk, "+1 415 555 0503");
		command.setInboundPin("4711");
		PhoneNumberDetails saved = this.numbers.create(command);
		assertThat(saved.inboundPinSet()).isTrue();
		assertThat(PhoneNumberEdit.of(saved).getInboundPin()).isEmpty();

		PhoneNumberCommand rename = PhoneNumberEdit.of(saved);
		rename.setDisplayName("Renamed");
		PhoneNumberDetails renamed = this.numbers.update(saved.id(), saved.version(), rename);
		assertThat(renamed.inboundPinSet()).isTrue();
		assertThat(pin(saved.id())).isEqualTo("4711");

		PhoneNumberCommand clear = PhoneNumberEdit.of(renamed);
		clear.setClearInboundPin(true);
		assertThat(this.numbers.update(saved.id(), renamed.version(), clear).inboundPinSet()).isFalse();
		assertThat(pin(saved.id())).isNull();
	}

	private String pin(long id) {
		return this.jdbc.queryForObject("select inbound_pin from phone_number where id = ?", String.class, id);
	}

}
