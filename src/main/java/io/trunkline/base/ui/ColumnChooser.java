package io.trunkline.base.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
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
 * does not hold them (every open tab's UI lives on the server). Given {@link Later}
 * columns, it adds a column to the grid only when it is first shown: a grid column holds
 * some kilobytes on the server even while hidden.
 */
public class ColumnChooser extends Button {

	/**
	 * A column the chooser adds when it is first shown.
	 *
	 * @param add adds the column to the grid and returns it
	 */
	public record Later(String key, String header, Supplier<Grid.Column<?>> add) {
	}

	/** The checkbox group's label, for tests and screen readers. */
	public static final String LABEL = "Show columns";

	private final Grid<?> grid;

	private final String sessionKey;

	private final Set<String> defaults;

	private Popover popover;

	private Registration firstClick;

	/** Every column in the grid's order when they are added later, else empty. */
	private final List<Later> later;

	/**
	 * Hides the grid's columns that are not to be shown.
	 * @param sessionKey names the choice in the session, one per grid
	 * @param defaults the keys of the columns shown until the person chooses
	 */
	public ColumnChooser(Grid<?> grid, String sessionKey, Set<String> defaults) {
		this(grid, sessionKey, defaults, List.of());
		Set<String> shown = shown();
		for (Grid.Column<?> column : this.grid.getColumns()) {
			if (column.getKey() != null && column.getHeaderText() != null) {
				column.setVisible(shown.contains(column.getKey()));
			}
		}
	}

	/**
	 * Adds only the columns to be shown; the others when the person first shows them.
	 * @param columns every column of the grid, in its order
	 */
	public ColumnChooser(Grid<?> grid, String sessionKey, Set<String> defaults, List<Later> columns) {
		super("Columns", VaadinIcon.GRID_SMALL_O.create());
		this.grid = grid;
		this.sessionKey = sessionKey;
		this.defaults = defaults;
		this.later = List.copyOf(columns);
		addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		setAriaLabel("Choose columns");
		Set<String> shown = shown();
		this.later.stream().filter((column) -> shown.contains(column.key())).forEach((column) -> column.add().get());
		// the popover opens on later clicks by itself
		this.firstClick = addClickListener((click) -> open());
	}

	/** Builds the checkboxes once and opens them. */
	void open() {
		if (this.popover == null) {
			Map<String, String> columns = choosable();
			CheckboxGroup<String> boxes = new CheckboxGroup<>(LABEL);
			boxes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
			boxes.setItems(columns.keySet());
			boxes.setValue(columns.entrySet()
				.stream()
				.filter((entry) -> shows(entry.getValue()))
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet()));
			boxes.addValueChangeListener((change) -> columns.forEach((header, key) -> {
				boolean visible = change.getValue().contains(header);
				if (shows(key) != visible) {
					show(key, visible);
					remember(key, visible);
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

	/** The keys of the columns that have a key and a header, by header. */
	private Map<String, String> choosable() {
		Map<String, String> columns = new LinkedHashMap<>();
		if (!this.later.isEmpty()) {
			this.later.forEach((column) -> columns.put(column.header(), column.key()));
			return columns;
		}
		for (Grid.Column<?> column : this.grid.getColumns()) {
			if (column.getKey() != null && column.getHeaderText() != null) {
				columns.put(column.getHeaderText(), column.getKey());
			}
		}
		return columns;
	}

	private boolean shows(String key) {
		Grid.Column<?> column = this.grid.getColumnByKey(key);
		return column != null && column.isVisible();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void show(String key, boolean visible) {
		Grid.Column<?> column = this.grid.getColumnByKey(key);
		if (column != null) {
			column.setVisible(visible);
			return;
		}
		if (visible) {
			this.later.stream().filter((later) -> later.key().equals(key)).findFirst().orElseThrow().add().get();
			// a column added later goes to the end: put it back in its place
			List<Grid.Column<?>> order = this.later.stream()
				.map((later) -> this.grid.getColumnByKey(later.key()))
				.filter(Objects::nonNull)
				.collect(Collectors.toList());
			((Grid) this.grid).setColumnOrder((List) order);
		}
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
