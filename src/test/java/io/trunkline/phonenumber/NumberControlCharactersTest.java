package io.trunkline.phonenumber;

import java.io.StringWriter;
import java.util.List;

import io.trunkline.TrunklineTest;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static io.trunkline.base.ControlCharactersRefused.NUL;
import static io.trunkline.base.ControlCharactersRefused.at;
import static org.assertj.core.api.Assertions.assertThat;

@TrunklineTest
class NumberControlCharactersTest {

	@Autowired
	private PhoneNumberService numbers;

	@Autowired
	private PhoneNumberExport export;

	@Autowired
	private BindingService bindings;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_number_with_a_control_character_in_any_text_is_refused_at_that_field() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.accounts.signIn(org.adminEmail());
		PhoneNumberCommand named = NumberFixtures.command(trunk, "+14155550100");
		named.setDisplayName(NUL);
		at("displayName", () -> this.numbers.create(named));
		PhoneNumberCommand number = NumberFixtures.command(trunk, "+1415\u00005550100");
		at("number", () -> this.numbers.create(number));
		PhoneNumberCommand webhook = NumberFixtures.command(trunk, "+14155550100");
		webhook.setInboundWebhookUrl(NUL);
		at("inboundWebhookUrl", () -> this.numbers.create(webhook));

		PhoneNumberCommand described = NumberFixtures.command(trunk, "+14155550100");
		described.setDescription("Front desk\nsecond floor");
		PhoneNumberDetails saved = this.numbers.create(described);
		described.setDescription(NUL);
		at("description", () -> this.numbers.update(saved.id(), saved.version(), described));
		assertThat(this.numbers.count(NumberFilter.NONE)).isEqualTo(1);
	}

	@Test
	void a_filter_with_a_control_character_is_refused_by_grid_count_export_and_bulk_binding() {
		Org org = this.accounts.newOrganization();
		this.accounts.signIn(org.adminEmail());
		NumberFilter filter = new NumberFilter(NUL, null, null, null);
		at("text", () -> this.numbers.page(filter, PageRequest.of(0, 10)));
		at("text", () -> this.numbers.count(filter));
		at("text", () -> this.export.write(filter, new StringWriter()));
		at("region", () -> this.numbers.count(new NumberFilter(null, NUL, null, null)));
		at("text", () -> this.bindings.bindAll(BulkBinding.matching(filter, List.of(), null)));
	}

}
