package io.trunkline.phonenumber.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import io.trunkline.agent.AgentSummary;
import io.trunkline.organization.Regions;
import io.trunkline.base.ui.PlainFilterText;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.TrunkStatus;

/**
 * The grid's filters: text (number however typed, or name), and behind "More filters"
 * region, trunk, its status, agent, active. Calls back with a new {@link NumberFilter}
 * whenever one changes. The fields behind the button are made at its first click (five
 * fields hold some 30 KB per open tab on the server).
 */
class NumberFilters extends HorizontalLayout {

	static final String ANY = "Any";

	static final String ACTIVE = "Active";

	static final String INACTIVE = "Inactive";

	static final String MORE = "More filters";

	final TextField text = new TextField();

	final Button more = new Button(MORE, VaadinIcon.FILTER.create());

	ComboBox<String> region;

	ComboBox<TrunkSummary> trunk;

	Select<String> active;

	ComboBox<AgentSummary> agent;

	ComboBox<TrunkStatus> trunkStatus;

	private final PlainFilterText plainText = new PlainFilterText(this.text);

	private final Supplier<List<TrunkSummary>> trunks;

	private final Supplier<List<AgentSummary>> agents;

	private final Consumer<NumberFilter> onChange;

	/**
	 * @param trunks the trunks to choose from, asked for when the fields are made
	 * @param agents the agents to choose from, likewise
	 */
	NumberFilters(Supplier<List<TrunkSummary>> trunks, Supplier<List<AgentSummary>> agents,
			Consumer<NumberFilter> onChange) {
		this.trunks = trunks;
		this.agents = agents;
		this.onChange = onChange;
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		this.text.setLabel("Search");
		this.text.setPlaceholder("Number or name");
		this.text.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.text.setClearButtonVisible(true);
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.text.addValueChangeListener((e) -> onChange.accept(filter()));
		// one row beside the menu at 1280 px; the lists open wider than their fields
		this.text.setWidth("11rem");
		this.more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.more.addClickListener((click) -> showMore());
		add(this.text, this.more);
	}

	/** Makes the fields behind "More filters" and shows them in its place. */
	void showMore() {
		if (this.region != null) {
			return;
		}
		this.region = combo("Region", Regions.all(), Regions::label);
		this.trunk = combo("Trunk", this.trunks.get(), TrunkSummary::name);
		this.trunkStatus = combo("Trunk status",
				List.of(TrunkStatus.UP, TrunkStatus.DOWN, TrunkStatus.REJECTS_OPTIONS, TrunkStatus.NOT_CHECKED),
				TrunkStatus::label);
		this.agent = combo("Agent", this.agents.get(), AgentSummary::name);
		this.active = new Select<>();
		this.active.setLabel("Active");
		this.active.setItems(ANY, ACTIVE, INACTIVE);
		this.active.setValue(ANY);
		this.active.setWidth("7rem");
		this.active.addValueChangeListener((e) -> this.onChange.accept(filter()));
		remove(this.more);
		add(this.region, this.trunk, this.trunkStatus, this.agent, this.active);
	}

	/** Shows only the numbers whose trunk has this status (a link's parameter). */
	void trunkStatus(TrunkStatus status) {
		showMore();
		this.trunkStatus.setValue(status);
	}

	private <T> ComboBox<T> combo(String label, List<T> items,
			com.vaadin.flow.component.ItemLabelGenerator<T> itemLabel) {
		ComboBox<T> combo = new ComboBox<>(label);
		combo.setItems(items);
		combo.setItemLabelGenerator(itemLabel);
		combo.setClearButtonVisible(true);
		combo.setWidth("9.5rem");
		combo.getStyle().set("--vaadin-combo-box-overlay-width", "16rem");
		combo.addValueChangeListener((e) -> this.onChange.accept(filter()));
		return combo;
	}

	NumberFilter filter() {
		if (this.region == null) {
			return new NumberFilter(this.plainText.value(), null, null, null, null);
		}
		Boolean activeOnly = switch (this.active.getValue()) {
			case ACTIVE -> Boolean.TRUE;
			case INACTIVE -> Boolean.FALSE;
			default -> null;
		};
		return new NumberFilter(this.plainText.value(), this.region.getValue(),
				(this.trunk.getValue() != null) ? this.trunk.getValue().id() : null, activeOnly,
				(this.agent.getValue() != null) ? this.agent.getValue().id() : null)
			.withTrunkStatus(this.trunkStatus.getValue());
	}

}
