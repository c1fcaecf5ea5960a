package io.trunkline.trunk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.trunkline.KaribuTest;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.Transport;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.health.Sipp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin checks two trunks with registration on against sipp as a registrar: the right
 * password shows as registered with the binding's expiry, a wrong one as failed with the
 * registrar's answer and what it means, in the form and in the grid.
 */
class TrunkRegistrationViewIT extends KaribuTest {

	@Autowired
	private TrunkService trunks;

	private Sipp sipp;

	private Org org;

	@BeforeEach
	void startRegistrar() throws Exception {
		Sipp.assumeInstalled();
		this.sipp = Sipp.start("registrar", "udp", Sipp.freePort());
		this.org = this.accounts.newOrganization();
		trunk("A right password", "right-marker-pw-5b2e9a");
		trunk("B wrong password", "not-the-password");
	}

	@AfterEach
	void stopRegistrar() throws InterruptedException {
		if (this.sipp != null) {
			this.sipp.close();
		}
	}

	@Test
	void registration_state_and_expiry_show_in_the_form_and_the_grid() {
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		SipTrunksPanel panel = _get(SipTrunksPanel.class);
		assertThat(_getFormattedRow(panel.grid, 0)).contains("Not checked yet");

		_clickItem(panel.grid, 0, 0, false, false, false, false);
		TrunkForm form = _get(TrunkForm.class);
		_click(_get(Button.class, (spec) -> spec.withText("Check now")));
		assertThat(form.registration.getText()).startsWith("Registration: Registered, expires ")
			.contains("The registrar accepted the credentials; a device is registered");
		assertThat(_getFormattedRow(panel.grid, 0)).anyMatch((cell) -> cell.startsWith("Registered, expires "));
		_click(_get(Button.class, (spec) -> spec.withText("Cancel")));

		_clickItem(panel.grid, 1, 0, false, false, false, false);
		TrunkForm second = _get(TrunkForm.class);
		_click(_get(Button.class, (spec) -> spec.withText("Check now")));
		assertThat(second.registration.getText()).startsWith("Registration: Failed: 403 Forbidden. ")
			.contains("the username or password is wrong");
		assertThat(second.health.getText()).startsWith("Health: Up: 200 OK");
		assertThat(_getFormattedRow(panel.grid, 1)).contains("Failed: 403 Forbidden");
	}

	private void trunk(String name, String password) {
		TrunkCommand command = new TrunkCommand();
		command.setName(name);
		command.setTerminationUri("sip:127.0.0.1:" + this.sipp.port());
		command.setTransport(Transport.UDP);
		command.setAuthUsername("trunk-user");
		command.setNewPassword(password);
		command.setRegistrationEnabled(true);
		this.accounts.as(this.org.adminEmail(), () -> this.trunks.create(command));
	}

}
