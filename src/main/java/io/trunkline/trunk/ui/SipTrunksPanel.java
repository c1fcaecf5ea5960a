package io.trunkline.trunk.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.trunkline.base.NaturalOrder;
import io.trunkline.base.ui.ColumnChooser;
import io.trunkline.base.ui.Notifications;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.health.CheckTooSoonException;
import io.trunkline.trunk.health.RegistrationView;
import io.trunkline.trunk.health.TrunkHealthService;
import io.trunkline.trunk.health.TrunkHealthView;
import io.trunkline.trunk.health.TrunkStatus;

/**
 * The organization's SIP trunks with their health: a grid, and a form in a dialog to add,
 * edit, check or delete one.
 */
class SipTrunksPanel extends CarrierPanel<TrunkSummary, TrunkCommand> {

	private final TrunkService trunks;

	private final TrunkHealthService healthService;

	/**
	 * What fits at 1280 px; password, round trip and calls are one click away in
	 * "Columns".
	 */
	static final Set<String> DEFAULT_COLUMNS = Set.of("name", "uri", "transport", "status", "response", "checkedAt",
			"registration");

	final ComboBox<TrunkStatus> statusFilter = new ComboBox<>("Status");

	private Map<Long, TrunkHealthView> health = Map.of();

	private Map<Long, RegistrationView> registrations = Map.of();

	SipTrunksPanel(TrunkService trunks, TrunkHealthService healthService) {
		super("Add SIP trunk", "New SIP trunk", "trunk");
		this.trunks = trunks;
		this.healthService = healthService;
		this.grid.addColumn(TrunkSummary::name)
			.setHeader("Name")
			.setKey("name")
			.setFlexGrow(1)
			.setComparator(Comparator.comparing(TrunkSummary::name, NaturalOrder.INSTANCE));
		this.grid.addColumn(TrunkSummary::terminationUri)
			.setHeader("Termination URI")
			.setKey("uri")
			.setFlexGrow(3)
			.setTooltipGenerator(TrunkSummary::terminationUri);
		this.grid.addColumn(TrunkSummary::transport)
			.setHeader("Transport")
			.setKey("transport")
			.setWidth("6.5rem")
			.setFlexGrow(0);
		this.grid.addColumn((trunk) -> HealthText.status(health(trunk))).setHeader("Status").setKey("status");
		this.grid.addColumn((trunk) -> HealthText.response(health(trunk)))
			.setHeader("Last response")
			.setKey("response")
			.setFlexGrow(2)
			.setTooltipGenerator((trunk) -> HealthText.response(health(trunk)));
		this.grid.addColumn((trunk) -> HealthText.rtt(health(trunk))).setHeader("Round trip").setKey("rtt");
		this.grid.addColumn((trunk) -> HealthText.checkedAtUtc(health(trunk)))
			.setHeader("Checked at (UTC)")
			.setKey("checkedAt")
			.setWidth("12rem")
			.setFlexGrow(0);
		this.grid.addColumn((trunk) -> trunk.passwordSet() ? "Set" : "Not set")
			.setHeader("Password")
			.setKey("password");
		this.grid.addColumn((trunk) -> HealthText.registration(this.registrations.get(trunk.id())))
			.setHeader("Registration")
			.setKey("registration")
			.setFlexGrow(2)
			.setTooltipGenerator((trunk) -> HealthText.registration(this.registrations.get(trunk.id())));
		this.grid.addColumn((trunk) -> directions(trunk)).setHeader("Calls").setKey("calls");
		this.statusFilter.setItems(TrunkStatus.UP, TrunkStatus.DOWN, TrunkStatus.REJECTS_OPTIONS,
				TrunkStatus.NOT_CHECKED);
		this.statusFilter.setItemLabelGenerator(TrunkStatus::label);
		this.statusFilter.setClearButtonVisible(true);
		this.statusFilter.addValueChangeListener((change) -> refresh());
		HorizontalLayout bar = new HorizontalLayout(this.statusFilter,
				new ColumnChooser(this.grid, "trunks.columns", DEFAULT_COLUMNS));
		bar.setAlignItems(FlexComponent.Alignment.END);
		addComponentAtIndex(1, bar);
		refresh();
	}

	private TrunkHealthView health(TrunkSummary trunk) {
		return this.health.get(trunk.id());
	}

	private static String directions(TrunkSummary trunk) {
		if (trunk.supportsInbound() && trunk.supportsOutbound()) {
			return "In and out";
		}
		return trunk.supportsInbound() ? "Inbound" : (trunk.supportsOutbound() ? "Outbound" : "None");
	}

	@Override
	List<TrunkSummary> list() {
		List<TrunkSummary> list = this.trunks.list();
		List<Long> ids = list.stream().map(TrunkSummary::id).toList();
		this.health = this.healthService.forTrunks(ids);
		this.registrations = this.healthService.registrations(ids);
		TrunkStatus wanted = this.statusFilter.getValue();
		return (wanted == null) ? list : list.stream().filter((trunk) -> storedStatus(trunk) == wanted).toList();
	}

	/**
	 * While a check runs the grid says "Checking"; the filter goes by the stored status.
	 */
	private TrunkStatus storedStatus(TrunkSummary trunk) {
		TrunkHealthView view = health(trunk);
		return (view == null || view.status() == TrunkStatus.CHECKING) ? TrunkStatus.NOT_CHECKED : view.status();
	}

	@Override
	void prepare(CarrierForm<TrunkSummary, TrunkCommand> form, TrunkSummary trunk) {
		TrunkForm trunkForm = (TrunkForm) form;
		trunkForm.showHealth(health(trunk), this.registrations.get(trunk.id()));
		trunkForm.addCheckNowListener((event) -> {
			try {
				TrunkHealthView checked = this.healthService.checkNow(trunk.id());
				refresh();
				trunkForm.showHealth(checked, this.registrations.get(trunk.id()));
			}
			catch (CheckTooSoonException ex) {
				Notifications.error(ex.getMessage());
			}
		});
	}

	@Override
	CarrierForm<TrunkSummary, TrunkCommand> newForm() {
		return new TrunkForm();
	}

	@Override
	TrunkSummary create(TrunkCommand command) {
		return this.trunks.create(command);
	}

	@Override
	TrunkSummary update(TrunkSummary trunk, TrunkCommand command) {
		return this.trunks.update(trunk.id(), trunk.version(), command);
	}

	@Override
	void delete(TrunkSummary trunk) {
		this.trunks.delete(trunk.id());
	}

}
