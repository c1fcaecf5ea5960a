package io.trunkline.trunk.ui;

import io.trunkline.KaribuTest;
import io.trunkline.trunk.health.SippTrunks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static io.trunkline.trunk.ui.TrunksViewSteps.clickCheckNow;
import static io.trunkline.trunk.ui.TrunksViewSteps.openSipTrunks;
import static io.trunkline.trunk.ui.TrunksViewSteps.openTrunk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin sees a new trunk as not checked yet, clicks "Check now" in its form and sees
 * the answer of the real peer (sipp) there and in the grid; a second click at once is
 * refused with the cooldown.
 */
class TrunkHealthViewIT extends KaribuTest {

	@RegisterExtension
	final SippTrunks sipp = new SippTrunks();

	@BeforeEach
	void startPeer() throws Exception {
		this.sipp.peer("options-200", "udp");
		this.sipp.trunk((command) -> command.setName("Carrier"));
	}

	@Test
	void check_now_shows_the_peers_answer_in_the_form_and_the_grid() {
		signIn(this.sipp.org().adminEmail());
		SipTrunksPanel panel = openSipTrunks();
		assertThat(_getFormattedRow(panel.grid, 0)).contains("Not checked yet");

		TrunkForm form = openTrunk(panel, 0);
		assertThat(form.health.getText()).isEqualTo("Health: Not checked yet");
		clickCheckNow();

		assertThat(form.health.getText()).startsWith("Health: Up: 200 OK in ").contains(" ms, checked ");
		assertThat(_getFormattedRow(panel.grid, 0)).contains("Up", "200 OK");

		clickCheckNow();
		assertThat(getNotifications()).extracting((n) -> n.getElement().getProperty("text"))
			.contains("This trunk was just checked; try again in 10 s");
	}

}
