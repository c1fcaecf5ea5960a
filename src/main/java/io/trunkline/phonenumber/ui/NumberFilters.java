package io.trunkline.phonenumber.ui;

import java.util.List;

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
 * The grid's filters: text (number however typed, or name), region, trunk, its status,
 * agent, active. Calls back with a new {@link NumberFilter} whenever one changes.
 */
class NumberFilters extends HorizontalLayout {

	static final String ANY = "Any";

	static final String ACTIVE = "Active";

	static final String INACTIVE = "Inactive";

	final TextField text = new TextField();

	final ComboBox<String> region = new ComboBox<>("Region");

	final ComboBox<TrunkSummary> trunk = new ComboBox<>("Trunk");

	final Select<String> active = new Select<>();

	final ComboBox<AgentSummary> agent = new ComboBox<>("Agent");

	final ComboBox<TrunkStatus> trunkStatus = new ComboBox<>("Trunk status");

	private final PlainFilterText plainText = new PlainFilterText(this.text);

	NumberFilters(List<TrunkSummary> trunks, List<AgentSummary> agents,
			java.util.function.Consumer<NumberFilter> onChange) {
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		this.text.setLabel("Search");
		this.text.setPlaceholder("Number or name");
		this.text.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.text.setClearButtonVisible(true);
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.region.setItems(Regions.all());
		this.region.setItemLabelGenerator(Regions::label);
		this.region.setClearButtonVisible(true);
		this.trunk.setItems(trunks);
		this.trunk.setItemLabelGenerator(TrunkSummary::name);
		this.trunk.setClearButtonVisible(true);
		this.active.setLabel("Active");
		this.agent.setItems(agents);
		this.agent.setItemLabelGenerator(AgentSummary::name);
		this.agent.setClearButtonVisible(true);
		this.agent.addValueChangeListener((e) -> onChange.accept(filter()));
		this.trunkStatus.setItems(TrunkStatus.UP, TrunkStatus.DOWN, TrunkStatus.REJECTS_OPTIONS,
				TrunkStatus.NOT_CHECKED);
		this.trunkStatus.setItemLabelGenerator(TrunkStatus::label);
		this.trunkStatus.setClearButtonVisible(true);
		this.trunkStatus.addValueChangeListener((e) -> onChange.accept(filter()));
		this.active.setItems(ANY, ACTIVE, INACTIVE);
		this.active.setValue(ANY);
		this.text.addValueChangeListener((e) -> onChange.accept(filter()));
		this.region.addValueChangeListener((e) -> onChange.accept(filter()));
		this.trunk.addValueChangeListener((e) -> onChange.accept(filter()));
		this.active.addValueChangeListener((e) -> onChange.accept(filter()));
		// one row beside the menu at 1280 px; the lists open wider than their fields
		this.text.setWidth("11rem");
		for (ComboBox<?> combo : List.of(this.region, this.trunk, this.trunkStatus, this.agent)) {
			combo.setWidth("9.5rem");
			combo.getStyle().set("--vaadin-combo-box-overlay-width", "16rem");
		}
		this.active.setWidth("7rem");
		add(this.text, this.region, this.trunk, this.trunkStatus, this.agent, this.active);
	}

	NumberFilter filter() {
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
