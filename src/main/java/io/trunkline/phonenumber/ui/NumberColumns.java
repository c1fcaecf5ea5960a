package io.trunkline.phonenumber.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;

import io.trunkline.base.ui.ColumnChooser;
import io.trunkline.phonenumber.PhoneNumberRow;
import io.trunkline.phonenumber.Provider;
import io.trunkline.trunk.health.TrunkStatus;

/**
 * The numbers grid's columns: what each cell shows and what its tooltip says. A column is
 * added to the grid only when it is shown (see {@link ColumnChooser.Later}).
 */
final class NumberColumns {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	static final String IN_USE = "In use: at least one agent answers or places this number's calls";

	static final String FREE = "Free: no agent is bound to this number yet";

	/**
	 * What fits beside the menu at 1280 px; the rest is one click away in "Columns". The
	 * trunk's status shows inside "Provider and trunk" (a Down badge and a tooltip), its
	 * own column is one of the rest.
	 */
	static final Set<String> DEFAULT_COLUMNS = Set.of("number", "displayName", "carrier", "inbound", "outbound",
			"status", "active");

	static final String TRUNK_DOWN = "Its SIP trunk is Down: calls to and from this number may fail";

	/** The trunk's name with a "Down" badge when it is Down; Karibu reads it as text. */
	static final String PROVIDER_TEMPLATE = "<span class=\"provider-cell\"><span class=\"provider-name\">${item.trunk}</span> "
			+ "<span class=\"trunk-badge\">${item.badge}</span></span>";

	private NumberColumns() {
	}

	/** Every column in the grid's order; each adds itself to the grid when called. */
	static List<ColumnChooser.Later> of(Grid<PhoneNumberRow> grid) {
		return List.of(text(grid, PhoneNumberRow::international, "Number", "number", "9.5rem", 1, "number", null),
				text(grid, PhoneNumberRow::displayName, "Name", "displayName", "8rem", 2, "displayName", null),
				text(grid, PhoneNumberRow::region, "Region", "region", "6rem", 0, "region", null),
				new ColumnChooser.Later("carrier", "Provider and trunk",
						() -> grid
							.addColumn(LitRenderer.<PhoneNumberRow>of(PROVIDER_TEMPLATE)
								.withProperty("trunk", NumberColumns::carrierCell)
								.withProperty("badge", (row) -> row.trunkDown() ? TrunkStatus.DOWN.label() : ""))
							.setHeader("Provider and trunk")
							.setKey("carrier")
							.setWidth("11rem")
							.setFlexGrow(2)
							.setSortProperty("carrier")
							.setTooltipGenerator(NumberColumns::trunkTooltip)),
				text(grid, (row) -> (row.trunkStatus() != null) ? row.trunkStatus().label() : "", "Trunk status",
						"trunkStatus", "8rem", 0, null, (row) -> row.trunkDown() ? TRUNK_DOWN : null),
				text(grid, (row) -> agents(row.inboundAgents()), "Inbound agents", "inbound", "9rem", 2, null, null),
				text(grid, (row) -> agents(row.outboundAgents()), "Outbound agents", "outbound", "8rem", 1, null, null),
				text(grid, (row) -> row.inUse() ? "In use" : "Free", "Status", "status", "5.5rem", 0, null,
						(row) -> row.inUse() ? IN_USE : FREE),
				text(grid, (row) -> row.active() ? "Active" : "Inactive", "Active", "active", "5.5rem", 0, "active",
						null),
				text(grid, (row) -> TIME.format(row.updatedAt()), "Updated (UTC)", "updatedAt", "9rem", 0, "updatedAt",
						null),
				text(grid, (row) -> (row.bindingsChangedAt() != null) ? TIME.format(row.bindingsChangedAt()) : "Never",
						"Agents changed (UTC)", "bindingsChangedAt", "10rem", 0, null, null));
	}

	private static ColumnChooser.Later text(Grid<PhoneNumberRow> grid, ValueProvider<PhoneNumberRow, String> value,
			String header, String key, String width, int flexGrow, String sortProperty,
			SerializableFunction<PhoneNumberRow, String> tooltip) {
		return new ColumnChooser.Later(key, header, () -> {
			Grid.Column<PhoneNumberRow> column = grid.addColumn(value)
				.setHeader(header)
				.setKey(key)
				.setWidth(width)
				.setFlexGrow(flexGrow);
			if (sortProperty != null) {
				column.setSortProperty(sortProperty);
			}
			if (tooltip != null) {
				column.setTooltipGenerator(tooltip);
			}
			return column;
		});
	}

	/**
	 * What the narrow cell shows: a SIP trunk by its name alone (most numbers are on one,
	 * and a cut "SIP trunk · …" hid the name at laptop width), anything else with its
	 * provider; the tooltip says both.
	 */
	static String carrierCell(PhoneNumberRow row) {
		return (row.provider() == Provider.SIP && row.carrier() != null) ? row.carrier() : providerAndTrunk(row);
	}

	static String providerAndTrunk(PhoneNumberRow row) {
		return row.provider().label() + ((row.carrier() != null) ? " · " + row.carrier() : "");
	}

	/**
	 * The whole cell, which a narrow column cuts, and the trunk's status in words, on the
	 * "Provider and trunk" cell.
	 */
	static String trunkTooltip(PhoneNumberRow row) {
		if (row.trunkDown()) {
			return providerAndTrunk(row) + ". " + TRUNK_DOWN;
		}
		return providerAndTrunk(row)
				+ ((row.trunkStatus() != null) ? ". SIP trunk status: " + row.trunkStatus().label() : "");
	}

	/** A direction without agents says so, rather than leaving the cell blank. */
	static String agents(String names) {
		return names.isEmpty() ? "None" : names;
	}

}
