package io.trunkline.trunk.ui;

import java.util.List;

import io.trunkline.trunk.TrunkCommand;
import java.util.Comparator;

import io.trunkline.base.NaturalOrder;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;

/**
 * The organization's SIP trunks: a grid, and a form in a dialog to add, edit or delete
 * one.
 */
class SipTrunksPanel extends CarrierPanel<TrunkSummary, TrunkCommand> {

	private final TrunkService trunks;

	SipTrunksPanel(TrunkService trunks) {
		super("Add SIP trunk", "New SIP trunk", "trunk");
		this.trunks = trunks;
		this.grid.addColumn(TrunkSummary::name)
			.setHeader("Name")
			.setKey("name")
			.setFlexGrow(2)
			.setComparator(Comparator.comparing(TrunkSummary::name, NaturalOrder.INSTANCE));
		this.grid.addColumn(TrunkSummary::terminationUri).setHeader("Termination URI").setFlexGrow(3);
		this.grid.addColumn(TrunkSummary::transport).setHeader("Transport");
		this.grid.addColumn((trunk) -> trunk.passwordSet() ? "Set" : "Not set").setHeader("Password");
		this.grid.addColumn(TrunkSummary::registrationStatus).setHeader("Registration");
		this.grid.addColumn((trunk) -> directions(trunk)).setHeader("Calls");
		refresh();
	}

	private static String directions(TrunkSummary trunk) {
		if (trunk.supportsInbound() && trunk.supportsOutbound()) {
			return "In and out";
		}
		return trunk.supportsInbound() ? "Inbound" : (trunk.supportsOutbound() ? "Outbound" : "None");
	}

	@Override
	List<TrunkSummary> list() {
		return this.trunks.list();
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
