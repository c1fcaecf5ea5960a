package io.trunkline.phonenumber;

import java.util.List;
import java.util.Set;

import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioSummary;
import io.trunkline.TrunklineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static io.trunkline.phonenumber.NumberFixtures.command;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TrunklineTest
class PhoneNumberServiceTest {

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void national_number_is_read_with_the_organization_region_and_named_after_its_international_form() {
		Org org = this.accounts.newOrganization();
		PhoneNumberDetails saved = this.fixtures.number(org, this.fixtures.trunk(org, "Main", "pw"), "(415) 555-2671");
		assertThat(saved.number()).isEqualTo("+14155552671");
		assertThat(saved.international()).isEqualTo("+1 415-555-2671");
		assertThat(saved.region()).isEqualTo("US");
		assertThat(saved.displayName()).isEqualTo("+1 415-555-2671");
	}

	@Test
	void duplicate_in_another_format_is_a_field_error_and_other_organizations_may_have_it() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		TrunkSummary trunkA = this.fixtures.trunk(a, "A trunk", "pw");
		this.fixtures.number(a, trunkA, "+1 415 555 2671");
		this.accounts.signIn(a.adminEmail());
		assertThatThrownBy(() -> this.numbers.create(command(trunkA, "1-415-555-2671")))
			.isInstanceOf(FieldException.class)
			.hasMessage(PhoneNumberService.DUPLICATE)
			.extracting("field")
			.isEqualTo("number");
		assertThat(this.fixtures.number(b, this.fixtures.trunk(b, "B trunk", "pw"), "415.555.2671").number())
			.isEqualTo("+14155552671");
	}

	@Test
	void invalid_number_is_refused_with_its_reason() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		assertThatThrownBy(() -> this.numbers.create(command(trunk, "12"))).isInstanceOf(FieldException.class)
			.hasMessage("Too short");
		assertThatThrownBy(() -> this.numbers.create(command(trunk, "call me maybe"))).hasMessage("Not a phone number");
		assertThatThrownBy(() -> this.numbers.create(command(trunk, "+1 415 555 26712345"))).hasMessage("Too long");
	}

	@Test
	void pseudo_numbers_skip_validation_but_stay_unique() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand pseudo = command(trunk, "  desk-101 ");
		pseudo.setPseudo(true);
		assertThat(this.numbers.create(pseudo).number()).isEqualTo("desk-101");
		assertThatThrownBy(() -> this.numbers.create(pseudo)).hasMessage(PhoneNumberService.DUPLICATE);
	}

	@Test
	void twilio_number_needs_an_integration_of_its_own_organization() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		TwilioSummary foreign = this.fixtures.twilio(b, "B Twilio", "token-b");
		TwilioSummary own = this.fixtures.twilio(a, "A Twilio", "token-a");
		this.accounts.signIn(a.adminEmail());
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber("+44 20 7946 0958");
		command.setProvider(Provider.TWILIO);
		assertThatThrownBy(() -> this.numbers.create(command)).extracting("field").isEqualTo("twilioIntegrationId");
		command.setTwilioIntegrationId(foreign.id());
		assertThatThrownBy(() -> this.numbers.create(command)).hasMessage("Twilio integration not found");
		command.setTwilioIntegrationId(own.id());
		assertThat(this.numbers.create(command).region()).isEqualTo("GB");
	}

	@Test
	void fallback_is_not_the_number_itself_nor_a_number_with_its_own_fallback() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.fixtures.number(org, trunk, "+1 415 555 0100");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand first = command(trunk, "+1 415 555 0101");
		first.setFallbackNumber("+1 415 555 0101");
		assertThatThrownBy(() -> this.numbers.create(first)).hasMessage("A number cannot fall back to itself");
		first.setFallbackNumber("(415) 555-0100");
		assertThat(this.numbers.create(first).fallbackNumber()).isEqualTo("+14155550100");
		PhoneNumberCommand second = command(trunk, "+1 415 555 0102");
		second.setFallbackNumber("+1 415 555 0101");
		assertThatThrownBy(() -> this.numbers.create(second)).extracting("field").isEqualTo("fallbackNumber");
	}

	@Test
	void field_rules_are_reported_at_their_fields() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand command = command(trunk, "+1 415 555 0199");
		command.setInboundWebhookUrl("http://hooks.example.com/in");
		assertThatThrownBy(() -> this.numbers.create(command)).extracting("field").isEqualTo("inboundWebhookUrl");
		command.setInboundWebhookUrl("https://hooks.example.com/in");
		command.setAllowedInboundCountries(Set.of("US", "XX"));
		assertThatThrownBy(() -> this.numbers.create(command)).extracting("field").isEqualTo("allowedInboundCountries");
		command.setAllowedInboundCountries(Set.of("us", "CA"));
		command.setTestCallDestination("not a number");
		assertThatThrownBy(() -> this.numbers.create(command)).extracting("field").isEqualTo("testCallDestination");
		command.setTestCallDestination("+1 212 555 0123");
		PhoneNumberDetails saved = this.numbers.create(command);
		assertThat(saved.allowedInboundCountries()).containsExactly("CA", "US");
	}

	@Test
	void second_save_of_a_stale_version_is_refused() {
		Org org = this.accounts.newOrganization();
		PhoneNumberDetails saved = this.fixtures.number(org, this.fixtures.trunk(org, "Main", "pw"), "+1 415 555 0111");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand first = PhoneNumberEdit.of(saved);
		first.setDisplayName("First edit");
		this.numbers.update(saved.id(), saved.version(), first);
		PhoneNumberCommand second = PhoneNumberEdit.of(saved);
		second.setDisplayName("Second edit");
		assertThatThrownBy(() -> this.numbers.update(saved.id(), saved.version(), second))
			.isInstanceOf(ConcurrentChangeException.class);
		assertThat(this.numbers.get(saved.id()).displayName()).isEqualTo("First edit");
	}

	@Test
	void another_organizations_numbers_are_not_found_and_unchanged() {
		Org a = this.accounts.newOrganization();
		Org b = this.accounts.newOrganization();
		TrunkSummary trunkB = this.fixtures.trunk(b, "B trunk", "pw");
		PhoneNumberDetails bNumber = this.fixtures.number(b, trunkB, "+1 415 555 0222");
		TrunkSummary trunkA = this.fixtures.trunk(a, "A trunk", "pw");
		this.accounts.signIn(a.adminEmail());
		assertThatThrownBy(() -> this.numbers.get(bNumber.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.numbers.update(bNumber.id(), bNumber.version(), command(trunkA, "+1 415 555 0223")))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.numbers.setActive(List.of(bNumber.id()), false)).isZero();
		assertThat(this.numbers.delete(List.of(bNumber.id()))).isZero();
		assertThat(this.numbers.page(NumberFilter.NONE, PageRequest.of(0, 50))).isEmpty();
		assertThatThrownBy(() -> this.numbers.create(command(trunkB, "+1 415 555 0224"))).hasMessage("Trunk not found");
		this.accounts.signIn(b.adminEmail());
		PhoneNumberDetails still = this.numbers.get(bNumber.id());
		assertThat(still.version()).isEqualTo(bNumber.version());
		assertThat(still.active()).isTrue();
	}

	@Test
	void viewers_read_but_cannot_change_numbers() {
		Org org = this.accounts.newOrganization();
		PhoneNumberDetails saved = this.fixtures.number(org, this.fixtures.trunk(org, "Main", "pw"), "+1 415 555 0333");
		this.accounts.signIn(this.accounts.addUser(org, Role.VIEWER));
		assertThat(this.numbers.get(saved.id()).number()).isEqualTo("+14155550333");
		assertThatThrownBy(() -> this.numbers.create(PhoneNumberEdit.of(saved)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.numbers.setActive(List.of(saved.id()), false))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.numbers.delete(List.of(saved.id()))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void grid_filters_by_number_however_typed_by_name_region_trunk_and_status() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Main", "pw");
		TrunkSummary backup = this.fixtures.trunk(org, "Backup", "pw");
		this.fixtures.number(org, main, "+1 415 555 0401");
		this.fixtures.number(org, backup, "+44 20 7946 0958");
		PhoneNumberDetails third = this.fixtures.number(org, main, "+1 212 555 0402");
		this.accounts.signIn(org.adminEmail());
		this.numbers.setActive(List.of(third.id()), false);
		assertThat(numbersOf(new NumberFilter("(415) 555-0401", null, null, null))).containsExactly("+14155550401");
		assertThat(numbersOf(new NumberFilter("555 04", null, null, null))).hasSize(2);
		assertThat(numbersOf(new NumberFilter(null, "GB", null, null))).containsExactly("+442079460958");
		assertThat(numbersOf(new NumberFilter(null, null, backup.id(), null))).containsExactly("+442079460958");
		assertThat(numbersOf(new NumberFilter(null, null, null, false))).containsExactly("+12125550402");
		assertThat(this.numbers.count(new NumberFilter(null, "US", null, null))).isEqualTo(2);
		assertThat(numbersOf(new NumberFilter("+1 212-555", null, null, null))).containsExactly("+12125550402");
	}

	private List<String> numbersOf(NumberFilter filter) {
		return this.numbers.page(filter, PageRequest.of(0, 50)).stream().map(PhoneNumberRow::number).toList();
	}

}
