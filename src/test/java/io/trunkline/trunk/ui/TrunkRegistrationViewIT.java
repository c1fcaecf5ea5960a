package io.trunkline.trunk.ui;

import com.vaadin.flow.component.button.Button;
import io.trunkline.KaribuTest;
import io.trunkline.trunk.health.SippTrunks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.trunkline.trunk.ui.TrunksViewSteps.clickCheckNow;
import static io.trunkline.trunk.ui.TrunksViewSteps.openSipTrunks;
import static io.trunkline.trunk.ui.TrunksViewSteps.openTrunk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin checks two trunks with registration on against sipp as a registrar: the right
 * password shows as registered with the binding's expiry, a wrong one as failed with the
 * registrar's answer and what it means, in the form and in the grid.
 */
class TrunkRegistrationViewIT extends KaribuTest {

	@RegisterExtension
	final SippTrunks sipp = new SippTrunks();

	@BeforeEach
	void startRegistrar() throws Exception {
		this.sipp.peer("registrar", "udp");
		trunk("A right password", "right-marker-pw-5b2e9a");
		trunk("B wrong password", "not-the-password");
	}

	@Test
	void registration_state_and_expiry_show_in_the_form_and_the_grid() {
		signIn(this.sipp.org().adminEmail());
		SipTrunksPanel panel = openSipTrunks();
		assertThat(_getFormattedRow(panel.grid, 0)).contains("Not checked yet");

		TrunkForm form = openTrunk(panel, 0);
		clickCheckNow();
		assertThat(form.registration.getText()).startsWith("Registration: Registered, expires ")
			.contains("The registrar accepted the credentials; a device is registered");
		assertThat(_getFormattedRow(panel.grid, 0)).anyMatch((cell) -> cell.startsWith("Registered, expires "));
		_click(_get(Button.class, (spec) -> spec.withText("Cancel")));

		TrunkForm second = openTrunk(panel, 1);
		clickCheckNow();
		assertThat(second.registration.getText()).startsWith("Registration: Failed: 403 Forbidden. ")
			.contains("the username or password is wrong");
		assertThat(second.health.getText()).startsWith("Health: Up: 200 OK");
		assertThat(_getFormattedRow(panel.grid, 1)).contains("Failed: 403 Forbidden");
	}

	private void trunk(String name, String password) {
		this.sipp.trunk((command) -> {
			command.setName(name);
			command.setAuthUsername("trunk-user");
			command.setNewPassword(password);
			command.setRegistrationEnabled(true);
		});
	}

}
