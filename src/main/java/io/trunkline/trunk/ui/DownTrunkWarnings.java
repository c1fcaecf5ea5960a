package io.trunkline.trunk.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import io.trunkline.trunk.health.DownTrunk;

/**
 * The home page's warnings: each SIP trunk of the organization that went from Up to Down
 * and is still Down, with since when and its last response, linking to the trunk (for
 * admins, who may open it) and to the numbers on Down trunks. Empty when all are fine.
 */
public class DownTrunkWarnings extends Div {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	/**
	 * @param linkToTrunk whether the reader may open the trunks view
	 */
	public DownTrunkWarnings(List<DownTrunk> down, boolean linkToTrunk) {
		addClassName("trunk-warnings");
		setVisible(!down.isEmpty());
		for (DownTrunk trunk : down) {
			Div warning = new Div();
			warning.addClassName("trunk-warning");
			warning.getElement().setAttribute("role", "alert");
			warning.add(VaadinIcon.WARNING.create());
			warning.add(new Span(" SIP trunk "));
			if (linkToTrunk) {
				RouterLink link = new RouterLink(trunk.name(), TrunksView.class);
				link.setQueryParameters(QueryParameters.of("trunk", String.valueOf(trunk.trunkId())));
				warning.add(link);
			}
			else {
				warning.add(new Span(trunk.name()));
			}
			warning.add(new Span(" is Down since " + TIME.format(trunk.downSince()) + " UTC (last response: "
					+ trunk.lastResponse() + "). Calls over it may fail. "));
			warning.add(new Anchor("numbers?trunk_status=down", "Numbers on Down trunks"));
			add(warning);
		}
	}

}
