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
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin sees a new trunk as not checked yet, clicks "Check now" in its form and sees
 * the answer of the real peer (sipp) there and in the grid; a second click at once is
 * refused with the cooldown.
 */
class TrunkHealthViewIT extends KaribuTest {

	@Autowired
	private TrunkService trunks;

	private Sipp sipp;

	private Org org;

	@BeforeEach
	void startPeer() throws Exception {
		Sipp.assumeInstalled();
		this.sipp = Sipp.start("options-200", "udp", Sipp.freePort());
		this.org = this.accounts.newOrganization();
		TrunkCommand command = new TrunkCommand();
		command.setName("Carrier");
		command.setTerminationUri("sip:127.0.0.1:" + this.sipp.port());
		command.setTransport(Transport.UDP);
		this.accounts.as(this.org.adminEmail(), () -> this.trunks.create(command));
	}

	@AfterEach
	void stopPeer() throws InterruptedException {
		if (this.sipp != null) {
			this.sipp.close();
		}
	}

	@Test
	void check_now_shows_the_peers_answer_in_the_form_and_the_grid() {
		signIn(this.org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		SipTrunksPanel panel = _get(SipTrunksPanel.class);
		assertThat(_getFormattedRow(panel.grid, 0)).contains("Not checked yet");

		_clickItem(panel.grid, 0, 0, false, false, false, false);
		TrunkForm form = _get(TrunkForm.class);
		assertThat(form.health.getText()).isEqualTo("Health: Not checked yet");
		_click(_get(Button.class, (spec) -> spec.withText("Check now")));

		assertThat(form.health.getText()).startsWith("Health: Up: 200 OK in ").contains(" ms, checked ");
		assertThat(_getFormattedRow(panel.grid, 0)).contains("Up", "200 OK");

		_click(_get(Button.class, (spec) -> spec.withText("Check now")));
		assertThat(getNotifications()).extracting((n) -> n.getElement().getProperty("text"))
			.contains("This trunk was just checked; try again in 10 s");
	}

}
