package io.trunkline.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.server.menu.MenuEntry;

import org.springframework.web.util.HtmlUtils;

/**
 * The drawer's navigation: the same {@code vaadin-side-nav} and items as {@link SideNav}
 * renders, its items written as the element's content instead of three server-side nodes
 * per entry (item, label, icon), since every open tab holds its layout on the server. The
 * web components highlight the current view and navigate by themselves. Titles, paths and
 * icons come from the routes' {@code @Menu} (only the entries the person may open),
 * escaped; the content is one shared string for every tab that shows the same entries.
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
@Uses(Icon.class)
public final class SideMenu extends Component {

	private final List<String> titles;

	SideMenu(List<MenuEntry> entries) {
		getElement().setAttribute("aria-label", "Main");
		getElement().setProperty("innerHTML", items(entries));
		this.titles = entries.stream().map(MenuEntry::title).toList();
	}

	/** The entries' titles in their order, as a person reads them. */
	public List<String> titles() {
		return this.titles;
	}

	private static String items(List<MenuEntry> entries) {
		List<String> items = new ArrayList<>();
		for (MenuEntry entry : entries) {
			String icon = (entry.icon() != null)
					? "<vaadin-icon icon=\"" + HtmlUtils.htmlEscape(entry.icon()) + "\" slot=\"prefix\"></vaadin-icon>"
					: "";
			items.add("<vaadin-side-nav-item path=\"" + HtmlUtils.htmlEscape(entry.path()) + "\">" + icon
					+ HtmlUtils.htmlEscape(entry.title()) + "</vaadin-side-nav-item>");
		}
		// a handful of distinct menus (one per role and state), shared by all tabs
		return String.join("", items).intern();
	}

}
