package io.trunkline.importer.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.trunkline.KaribuTest;
import io.trunkline.Rendered;
import io.trunkline.importer.RowStatus;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.Provider;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioSummary;
import io.trunkline.trunk.ui.TrunkForm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.trunkline.importer.ui.WizardDriver.next;
import static io.trunkline.importer.ui.WizardDriver.wizard;
import static org.assertj.core.api.Assertions.assertThat;

class CarrierStepTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private TrunkService trunks;

	private Org org;

	@BeforeEach
	void organizationWithoutTrunks() {
		this.org = this.accounts.newOrganization();
	}

	@Test
	void an_admin_adds_a_trunk_inside_the_wizard_and_it_is_chosen() {
		openAtCarrierStep(this.org.adminEmail());
		assertThat(wizard().carrier.sipTrunk.getValue()).isNull();

		_click(wizard().carrier.newTrunk);
		MockVaadin.clientRoundtrip(false);
		TrunkForm form = _get(TrunkForm.class);
		type(_get(form, TextField.class, (spec) -> spec.withLabel("Name")), "Carrier A");
		type(_get(form, TextField.class, (spec) -> spec.withLabel("Termination URI")), "sip:carrier-a.example.com");
		type(_get(form, PasswordField.class, (spec) -> spec.withLabel("Auth password")), "s3cret-pass-word");
		_click(_get(Button.class, (spec) -> spec.withText("Save")));

		_assertNone(TrunkForm.class);
		TrunkSummary saved = this.trunks.list().get(0);
		assertThat(saved.name()).isEqualTo("Carrier A");
		assertThat(saved.passwordSet()).isTrue();
		assertThat(wizard().carrier.sipTrunk.getValue()).isEqualTo(saved);
		assertThat(Rendered.all()).doesNotContain("s3cret-pass-word");
		next();
		next();
		assertThat(wizard().review.counts.get(RowStatus.READY).getText()).isEqualTo("1");
	}

	@Test
	void the_new_trunk_form_shows_its_errors_and_stays_open() {
		openAtCarrierStep(this.org.adminEmail());
		_click(wizard().carrier.newTrunk);
		MockVaadin.clientRoundtrip(false);
		TrunkForm form = _get(TrunkForm.class);
		type(_get(form, TextField.class, (spec) -> spec.withLabel("Name")), "Broken");
		TextField uri = _get(form, TextField.class, (spec) -> spec.withLabel("Termination URI"));
		type(uri, "sip:user:pw@pbx.example.com");
		_click(_get(Button.class, (spec) -> spec.withText("Save")));

		assertThat(uri.isInvalid()).isTrue();
		assertThat(uri.getErrorMessage()).startsWith("Remove the password from the URI");
		assertThat(this.trunks.list()).isEmpty();
	}

	@Test
	void an_agent_manager_sees_no_new_trunk_button() {
		openAtCarrierStep(this.accounts.addUser(this.org, Role.AGENT_MANAGER));
		_assertNone(Button.class, (spec) -> spec.withText("New trunk"));
		next();
		assertThat(wizard().carrier.sipTrunk.getErrorMessage())
			.isEqualTo("Choose the SIP trunk that carries these numbers");
	}

	@Test
	void a_twilio_integration_can_carry_the_numbers() {
		TwilioSummary twilio = this.fixtures.twilio(this.org, "Twilio main", "token");
		openAtCarrierStep(this.org.adminEmail());
		type(wizard().carrier.provider, Provider.TWILIO);
		assertThat(wizard().carrier.twilio.getValue()).isEqualTo(twilio);
		next();
		next();
		assertThat(wizard().review.counts.get(RowStatus.READY).getText()).isEqualTo("1");
	}

	private void openAtCarrierStep(String email) {
		signIn(email);
		UI.getCurrent().navigate(ImportWizardView.class);
		type(wizard().numbers.number, "+1 415 555 0120");
		next();
		assertThat(wizard().steps.current()).isEqualTo("2 Trunk");
	}

}
