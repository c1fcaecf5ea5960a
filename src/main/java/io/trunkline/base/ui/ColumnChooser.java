package io.trunkline.base.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.server.VaadinSession;

/**
 * A "Columns" menu with a checkbox per column of a grid. Only the default columns show at
 * first, chosen to fit a laptop screen; the person's choice is kept for the rest of the
 * session.
 */
public class ColumnChooser extends MenuBar {

	private final String sessionKey;

	private final Set<String> defaults;

	/**
	 * @param sessionKey names the choice in the session, one per grid
	 * @param defaults the keys of the columns shown until the person chooses
	 */
	public ColumnChooser(Grid<?> grid, String sessionKey, Set<String> defaults) {
		this.sessionKey = sessionKey;
		this.defaults = defaults;
		addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
		MenuItem columns = addItem(VaadinIcon.GRID_SMALL_O.create());
		columns.add("Columns");
		columns.setAriaLabel("Choose columns");
		SubMenu menu = columns.getSubMenu();
		Set<String> shown = shown(defaults);
		for (Grid.Column<?> column : grid.getColumns()) {
			if (column.getKey() == null || column.getHeaderText() == null) {
				continue;
			}
			column.setVisible(shown.contains(column.getKey()));
			MenuItem item = menu.addItem(column.getHeaderText());
			item.setCheckable(true);
			item.setChecked(column.isVisible());
			item.setKeepOpen(true);
			item.addClickListener((click) -> {
				column.setVisible(item.isChecked());
				remember(column.getKey(), item.isChecked());
			});
		}
	}

	private Set<String> shown(Set<String> defaults) {
		VaadinSession session = VaadinSession.getCurrent();
		Object kept = (session != null) ? session.getAttribute(this.sessionKey) : null;
		if (kept instanceof String text) {
			return Set.of(text.split(","));
		}
		return defaults;
	}

	private void remember(String key, boolean visible) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session == null) {
			return;
		}
		Object kept = session.getAttribute(this.sessionKey);
		Set<String> shown = new LinkedHashSet<>();
		if (kept instanceof String text) {
			shown.addAll(Set.of(text.split(",")));
		}
		else {
			shown.addAll(this.defaults);
		}
		if (visible) {
			shown.add(key);
		}
		else {
			shown.remove(key);
		}
		session.setAttribute(this.sessionKey, String.join(",", shown));
	}

}
