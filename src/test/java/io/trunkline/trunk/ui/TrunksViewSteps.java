package io.trunkline.trunk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** What a person does on the trunks view in the trunk health tests, step by step. */
final class TrunksViewSteps {

	private TrunksViewSteps() {
	}

	/** Opens the trunks view: its SIP trunks. */
	static SipTrunksPanel openSipTrunks() {
		UI.getCurrent().navigate(TrunksView.class);
		return _get(SipTrunksPanel.class);
	}

	/** Clicks a row of the grid: the trunk's form. */
	static TrunkForm openTrunk(SipTrunksPanel panel, int row) {
		_clickItem(panel.grid, row, 0, false, false, false, false);
		return _get(TrunkForm.class);
	}

	static void clickCheckNow() {
		_click(_get(Button.class, (spec) -> spec.withText("Check now")));
	}

}
