package io.trunkline.base.ui;

import java.util.List;

import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SideMenuTest {

	@Test
	void each_entry_is_a_side_nav_item_with_its_path_icon_and_escaped_title() {
		SideMenu menu = new SideMenu(List.of(new MenuEntry("numbers", "Phone numbers", 10.0, "vaadin:phone", null),
				new MenuEntry("odd", "<b>Odd</b> & \"quoted\"", 20.0, null, null)));

		String items = menu.getElement().getProperty("innerHTML");

		assertThat(menu.getElement().getTag()).isEqualTo("vaadin-side-nav");
		assertThat(menu.getElement().getAttribute("aria-label")).isEqualTo("Main");
		assertThat(items).isEqualTo("<vaadin-side-nav-item path=\"numbers\"><vaadin-icon icon=\"vaadin:phone\" "
				+ "slot=\"prefix\"></vaadin-icon>Phone numbers</vaadin-side-nav-item>"
				+ "<vaadin-side-nav-item path=\"odd\">&lt;b&gt;Odd&lt;/b&gt; &amp; &quot;quoted&quot;</vaadin-side-nav-item>");
		assertThat(menu.titles()).containsExactly("Phone numbers", "<b>Odd</b> & \"quoted\"");
	}

	@Test
	void tabs_with_the_same_entries_share_one_text() {
		List<MenuEntry> entries = List.of(new MenuEntry("numbers", "Phone numbers", 10.0, "vaadin:phone", null));

		assertThat(new SideMenu(entries).getElement().getProperty("innerHTML"))
			.isSameAs(new SideMenu(entries).getElement().getProperty("innerHTML"));
	}

}
