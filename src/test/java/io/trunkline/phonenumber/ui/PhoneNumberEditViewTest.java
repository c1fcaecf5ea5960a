package io.trunkline.phonenumber.ui;

import com.vaadin.flow.component.UI;
import io.trunkline.KaribuTest;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberEdit;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.phonenumber.Provider;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberEditViewTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private PhoneNumberService numbers;

	private Org org;

	private TrunkSummary trunk;

	@BeforeEach
	void trunk() {
		this.org = this.accounts.newOrganization();
		this.trunk = this.fixtures.trunk(this.org, "Main", "pw");
	}

	@Test
	void new_number_is_saved_and_shown_normalized() {
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, "new");
		fill("(415) 555-2671");
		type(view().form.description, "Front desk");
		_click(view().save);
		assertThat(view().facts.getText()).contains("+14155552671", "+1 415-555-2671", "region US");
		assertThat(view().title.getText()).isEqualTo("+1 415-555-2671");
	}

	@Test
	void the_number_field_names_the_region_numbers_without_a_country_code_are_read_in() {
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, "new");
		assertThat(view().form.number.getHelperText()).endsWith("read as a United States number");
	}

	@Test
	void invalid_and_duplicate_numbers_are_shown_at_the_number_field() {
		this.fixtures.number(this.org, this.trunk, "+1 415 555 2671");
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, "new");
		fill("415 555");
		_click(view().save);
		assertThat(view().form.number.isInvalid()).isTrue();
		assertThat(view().form.number.getErrorMessage()).isEqualTo("Too short");
		fill("1 (415) 555 2671");
		_click(view().save);
		assertThat(view().form.number.getErrorMessage()).isEqualTo(PhoneNumberService.DUPLICATE);
	}

	@Test
	void other_field_rules_are_shown_at_their_fields() {
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, "new");
		fill("+1 415 555 2672");
		type(view().form.inboundPin, "12");
		_click(view().save);
		assertThat(view().form.inboundPin.getErrorMessage()).isEqualTo("Use 4 to 10 digits");
		type(view().form.inboundPin, "1234");
		type(view().form.inboundWebhookUrl, "http://example.com/hook");
		_click(view().save);
		assertThat(view().form.inboundWebhookUrl.getErrorMessage()).isEqualTo("Use an https:// URL");
	}

	@Test
	void a_webhook_on_this_network_or_with_a_password_is_refused_with_the_reason() {
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, "new");
		fill("tel:+1-415-555-2679");
		type(view().form.inboundWebhookUrl, "https://10.0.0.1/hook");
		_click(view().save);
		assertThat(view().form.number.isInvalid()).isFalse();
		assertThat(view().form.inboundWebhookUrl.getErrorMessage())
			.isEqualTo("The host is a private network address; a webhook must be reachable on the internet");
		type(view().form.inboundWebhookUrl, "https://ops:hunter2@hooks.example.com/in");
		_click(view().save);
		assertThat(view().form.inboundWebhookUrl.getErrorMessage()).startsWith("Remove the user name and password")
			.doesNotContain("hunter2");
		type(view().form.inboundWebhookUrl, "https://localhost/hook");
		_click(view().save);
		assertThat(view().form.inboundWebhookUrl.getErrorMessage()).startsWith("The host is a loopback address");
	}

	@Test
	void every_error_of_one_save_is_shown_at_once() {
		this.fixtures.number(this.org, this.trunk, "+1 415 555 2676");
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, "new");
		fill("(415) 555-2676");
		type(view().form.inboundWebhookUrl, "http://example.com/hook");
		type(view().form.testCallDestination, "12");
		_click(view().save);
		assertThat(view().form.number.getErrorMessage()).isEqualTo(PhoneNumberService.DUPLICATE);
		assertThat(view().form.inboundWebhookUrl.getErrorMessage()).isEqualTo("Use an https:// URL");
		assertThat(view().form.testCallDestination.getErrorMessage()).isEqualTo("Too short");
		assertThat(view().form.testCallDestination.isInvalid()).isTrue();
	}

	@Test
	void the_pin_is_write_only_for_everybody() {
		PhoneNumberCommand command = NumberFixtures.command(this.trunk, "+1 415 555 2677");
		command.setInboundPin("4711");
		PhoneNumberDetails[] saved = new PhoneNumberDetails[1];
		this.accounts.as(this.org.adminEmail(), () -> saved[0] = this.numbers.create(command));
		for (String email : new String[] { this.org.adminEmail(), this.accounts.addUser(this.org, Role.VIEWER) }) {
			signIn(email);
			UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(saved[0].id()));
			assertThat(view().form.inboundPin.getValue()).isEmpty();
			assertThat(view().form.inboundPin.getPlaceholder()).isEqualTo("Set: type to replace");
		}
	}

	@Test
	void second_person_saving_a_stale_number_is_told_to_reload() {
		PhoneNumberDetails saved = this.fixtures.number(this.org, this.trunk, "+1 415 555 2673");
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(saved.id()));
		PhoneNumberCommand other = PhoneNumberEdit.of(saved);
		other.setDisplayName("Changed by someone else");
		this.numbers.update(saved.id(), saved.version(), other);
		type(view().form.displayName, "My change");
		_click(view().save);
		assertThat(view().message.isVisible()).isTrue();
		assertThat(view().message.getText()).startsWith(ConcurrentChangeException.MESSAGE);
		assertThat(this.numbers.get(saved.id()).displayName()).isEqualTo("Changed by someone else");
	}

	@Test
	void unknown_or_foreign_ids_show_not_found() {
		Org other = this.accounts.newOrganization();
		PhoneNumberDetails foreign = this.fixtures.number(other, this.fixtures.trunk(other, "Theirs", "pw"),
				"+1 415 555 2674");
		signIn(this.org.adminEmail());
		for (String id : new String[] { String.valueOf(foreign.id()), "999999999", "abc" }) {
			UI.getCurrent().navigate(PhoneNumberEditView.class, id);
			assertThat(view().facts.getText()).isEqualTo(PhoneNumberEditView.NOT_FOUND);
			assertThat(view().form.isVisible()).isFalse();
		}
	}

	@Test
	void viewer_sees_the_number_read_only() {
		PhoneNumberDetails saved = this.fixtures.number(this.org, this.trunk, "+1 415 555 2675");
		signIn(this.accounts.addUser(this.org, Role.VIEWER));
		UI.getCurrent().navigate(PhoneNumberEditView.class, String.valueOf(saved.id()));
		assertThat(view().form.number.getValue()).isEqualTo("+14155552675");
		assertThat(view().form.number.isReadOnly()).isTrue();
		assertThat(view().save.isVisible()).isFalse();
	}

	private void fill(String number) {
		type(view().form.number, number);
		type(view().form.provider, Provider.SIP);
		type(view().form.sipTrunk, this.trunk);
	}

	private static PhoneNumberEditView view() {
		return _get(PhoneNumberEditView.class);
	}

}
