package io.trunkline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLink;
import io.trunkline.KaribuTest;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NotFoundViewTest extends KaribuTest {

	@Test
	void an_address_without_a_page_shows_the_console_with_its_menu_and_a_way_home() {
		Org org = this.accounts.newOrganization();
		signIn(this.accounts.addUser(org, Role.VIEWER));
		// as the browser asks for an address (UI.navigate(String) leaves unknown paths to
		// the client)
		UI ui = UI.getCurrent();
		ui.getInternals()
			.getRouter()
			.navigate(ui, new Location("no-such-page/" + "x".repeat(200)), NavigationTrigger.PAGE_LOAD);
		assertThat(_get(H2.class, (spec) -> spec.withText("Page not found"))).isNotNull();
		String text = _get(Paragraph.class,
				(spec) -> spec.withPredicate((p) -> p.getText().startsWith("There is no page at")))
			.getText();
		assertThat(text).startsWith("There is no page at /no-such-page/xxx").contains("…").hasSizeLessThan(200);
		assertThat(_get(RouterLink.class, (spec) -> spec.withText("Go to the home page")).getHref()).isEmpty();
		assertThat(ui.getInternals().getActiveRouterTargetsChain())
			.anySatisfy((target) -> assertThat(target).isInstanceOf(MainLayout.class));
		assertThat(_get(SideMenu.class).getElement().getProperty("innerHTML")).contains("Phone numbers");
	}

}
