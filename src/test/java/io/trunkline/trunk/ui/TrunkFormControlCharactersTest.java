package io.trunkline.trunk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import io.trunkline.KaribuTest;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class TrunkFormControlCharactersTest extends KaribuTest {

	@Autowired
	private TrunkService trunks;

	@Test
	void a_nul_typed_into_a_trunk_field_is_shown_at_that_field_and_nothing_is_saved() {
		Org org = this.accounts.newOrganization();
		signIn(org.adminEmail());
		UI.getCurrent().navigate(TrunksView.class);
		_click(_get(Button.class, (spec) -> spec.withText("Add SIP trunk")));
		TrunkForm form = _get(TrunkForm.class);
		type(form.name, "Carrier\u0000A");
		type(form.terminationUri, "sip:carrier-a.example.com");

		_click(_get(Button.class, (spec) -> spec.withText("Save")));

		assertThat(form.name.isInvalid()).isTrue();
		assertThat(form.name.getErrorMessage()).isEqualTo("Remove the control character U+0000 at position 8");
		assertThat(form.terminationUri.isInvalid()).isFalse();
		assertThat(getNotifications()).isEmpty();
		assertThat(this.trunks.list()).isEmpty();
	}

}
