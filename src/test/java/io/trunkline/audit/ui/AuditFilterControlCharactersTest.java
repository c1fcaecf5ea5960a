package io.trunkline.audit.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import io.trunkline.KaribuTest;
import io.trunkline.audit.AuditRow;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AuditFilterControlCharactersTest extends KaribuTest {

	@Test
	void a_control_character_in_the_user_search_is_shown_at_the_field_and_the_trail_stays() {
		Org org = this.accounts.newOrganization();
		signIn(org.adminEmail());
		UI.getCurrent().navigate(AuditView.class);
		AuditView view = _get(AuditView.class);
		type(view.filters.user, "admin");
		List<AuditRow> before = _findAll(view.grid);

		type(view.filters.user, "admin\u0085");

		assertThat(view.filters.user.isInvalid()).isTrue();
		assertThat(view.filters.user.getErrorMessage()).isEqualTo("Remove the control character U+0085 at position 6");
		assertThat(_findAll(view.grid)).isEqualTo(before);
	}

}
