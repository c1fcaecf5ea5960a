package io.trunkline.base.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;

/**
 * A "Columns" button that opens a checkbox per column of a grid. Only the default columns
 * show at first, chosen to fit a laptop screen; the person's choice is kept for the rest
 * of the session. The checkboxes are made at the first click: a UI that never opens them
 * does not hold them (every open tab's UI lives on the server).
 */
public class ColumnChooser extends Button {

	/** The checkbox group's label, for tests and screen readers. */
	public static final String LABEL = "Show columns";

	private final Grid<?> grid;

	private final String sessionKey;

	private final Set<String> defaults;

	private Popover popover;

	private Registration firstClick;

	/**
	 * @param sessionKey names the choice in the session, one per grid
	 * @param defaults the keys of the columns shown until the person chooses
	 */
	public ColumnChooser(Grid<?> grid, String sessionKey, Set<String> defaults) {
		super("Columns", VaadinIcon.GRID_SMALL_O.create());
		this.grid = grid;
		this.sessionKey = sessionKey;
		this.defaults = defaults;
		addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		setAriaLabel("Choose columns");
		Set<String> shown = shown();
		for (Grid.Column<?> column : choosable().values()) {
			column.setVisible(shown.contains(column.getKey()));
		}
		// the popover opens on later clicks by itself
		this.firstClick = addClickListener((click) -> open());
	}

	/** Builds the checkboxes once and opens them. */
	void open() {
		if (this.popover == null) {
			Map<String, Grid.Column<?>> columns = choosable();
			CheckboxGroup<String> boxes = new CheckboxGroup<>(LABEL);
			boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
			boxes.setItems(columns.keySet());
			boxes.setValue(columns.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().isVisible())
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet()));
			boxes.addValueChangeListener((change) -> columns.forEach((header, column) -> {
				boolean visible = change.getValue().contains(header);
				if (column.isVisible() != visible) {
					column.setVisible(visible);
					remember(column.getKey(), visible);
				}
			}));
			this.popover = new Popover(boxes);
			this.popover.setTarget(this);
			this.popover.setPosition(PopoverPosition.BOTTOM_START);
			this.popover.setAriaLabel("Columns");
			this.firstClick.remove();
		}
		this.popover.open();
	}

	/** The grid's columns that have a key and a header, by header. */
	private Map<String, Grid.Column<?>> choosable() {
		Map<String, Grid.Column<?>> columns = new LinkedHashMap<>();
		for (Grid.Column<?> column : this.grid.getColumns()) {
			if (column.getKey() != null && column.getHeaderText() != null) {
				columns.put(column.getHeaderText(), column);
			}
		}
		return columns;
	}

	private Set<String> shown() {
		VaadinSession session = VaadinSession.getCurrent();
		Object kept = (session != null) ? session.getAttribute(this.sessionKey) : null;
		if (kept instanceof String text) {
			return Set.of(text.split(","));
		}
		return this.defaults;
	}

	private void remember(String key, boolean visible) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session == null) {
			return;
		}
		Set<String> shown = new LinkedHashSet<>(shown());
		if (visible) {
			shown.add(key);
		}
		else {
			shown.remove(key);
		}
		session.setAttribute(this.sessionKey, String.join(",", shown));
	}

}
