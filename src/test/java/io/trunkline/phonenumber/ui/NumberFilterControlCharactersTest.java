package io.trunkline.phonenumber.ui;

import com.vaadin.flow.component.UI;
import io.trunkline.KaribuTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A control character typed into the numbers' search field is shown at the field; the
 * grid keeps the last plain search instead of failing.
 */
class NumberFilterControlCharactersTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Test
	void a_nul_in_the_number_search_is_shown_at_the_field_and_the_grid_keeps_the_last_search() {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Main", "pw");
		this.fixtures.number(org, trunk, "+1 415 555 0101");
		this.fixtures.number(org, trunk, "+1 212 555 0102");
		signIn(org.adminEmail());
		UI.getCurrent().navigate(PhoneNumberListView.class);
		PhoneNumberListView view = _get(PhoneNumberListView.class);
		type(view.filters.text, "415");
		assertThat(_findAll(view.grid)).extracting(PhoneNumberRow::number).containsExactly("+14155550101");

		type(view.filters.text, "415\u0000");

		assertThat(view.filters.text.isInvalid()).isTrue();
		assertThat(view.filters.text.getErrorMessage()).isEqualTo("Remove the control character U+0000 at position 4");
		assertThat(_findAll(view.grid)).extracting(PhoneNumberRow::number).containsExactly("+14155550101");
		type(view.filters.text, "");
		assertThat(view.filters.text.isInvalid()).isFalse();
		assertThat(_findAll(view.grid)).hasSize(2);
	}

}
