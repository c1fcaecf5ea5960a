package io.trunkline.agent.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.NaturalOrder;
import io.trunkline.base.ui.Notifications;
import io.trunkline.base.ui.ViewDescription;
import io.trunkline.security.Roles;

/**
 * The organization's agents with their versions, tags and how many numbers use them.
 * Admins and agent managers add, edit, publish and delete; everybody else reads.
 */
@Route("agents")
@PageTitle("Agents")
@Menu(order = 20, title = "Agents", icon = "vaadin:user-star")
@ViewDescription("The AI agents that answer and place calls, with their versions and tags.")
@PermitAll
public class AgentsView extends VerticalLayout {

	final Grid<AgentSummary> grid = new Grid<>();

	private final AgentService agents;

	private final boolean editor;

	private Map<Long, Long> numbers = Map.of();

	AgentsView(AgentService agents, AuthenticationContext authentication) {
		this.agents = agents;
		this.editor = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT_MANAGER);
		setSizeFull();
		if (this.editor) {
			Button add = new Button("Add agent", VaadinIcon.PLUS.create(),
					(click) -> new AgentEditor(this.agents, null, this::refresh).open());
			add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add(add);
		}
		this.grid.addColumn(AgentSummary::name)
			.setHeader("Name")
			.setFlexGrow(2)
			.setComparator(Comparator.comparing(AgentSummary::name, NaturalOrder.INSTANCE));
		this.grid.addColumn(AgentSummary::externalId).setHeader("External id").setFlexGrow(2);
		this.grid.addColumn((agent) -> (agent.latestVersion() > 0) ? "v" + agent.latestVersion() : "Not published")
			.setHeader("Latest version");
		this.grid.addColumn(AgentsView::tags).setHeader("Tags").setFlexGrow(2);
		this.grid.addColumn((agent) -> this.numbers.getOrDefault(agent.id(), 0L)).setHeader("Numbers");
		if (this.editor) {
			this.grid.addComponentColumn(this::publishButton)
				.setHeader("Publish")
				.setKey("publish")
				.setAutoWidth(true)
				.setFlexGrow(0);
		}
		this.grid.addItemClickListener((click) -> open(click.getItem()));
		this.grid.setSizeFull();
		add(this.grid);
		refresh();
	}

	static String tags(AgentSummary agent) {
		return agent.tags()
			.entrySet()
			.stream()
			.map((tag) -> tag.getKey() + " → v" + tag.getValue())
			.collect(Collectors.joining(", "));
	}

	private Button publishButton(AgentSummary agent) {
		int next = agent.latestVersion() + 1;
		Button publish = new Button("Publish v" + next, VaadinIcon.UPLOAD.create(),
				(click) -> confirmPublish(agent, next).open());
		publish.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		publish.setAriaLabel("Publish version " + next + " of " + agent.name());
		return publish;
	}

	/**
	 * Publishing takes effect at once and cannot be undone, so it is asked for on its
	 * own, naming the version, rather than riding on a form's Save.
	 */
	ConfirmDialog confirmPublish(AgentSummary agent, int next) {
		ConfirmDialog confirm = new ConfirmDialog("Publish version " + next + " of " + agent.name() + "?",
				"Version " + next + " is published at once, as the agent is saved now. Numbers that use the latest "
						+ "version of " + agent.name() + " switch to it. A version cannot be unpublished.",
				"Publish version " + next, (event) -> publish(agent));
		confirm.setCancelable(true);
		return confirm;
	}

	private void publish(AgentSummary agent) {
		try {
			AgentSummary published = this.agents.publishVersion(agent.id());
			refresh();
			Notifications.success("Published version " + published.latestVersion() + " of " + published.name());
		}
		catch (ConcurrentChangeException ex) {
			Notifications.error(ex.getMessage());
			refresh();
		}
	}

	private void open(AgentSummary agent) {
		if (this.editor) {
			new AgentEditor(this.agents, agent, this::refresh).open();
			return;
		}
		AgentForm form = new AgentForm();
		form.edit(agent);
		form.setEditable(false);
		Dialog dialog = new Dialog(form);
		dialog.setHeaderTitle(agent.name());
		dialog.getFooter().add(new Button("Close", (click) -> dialog.close()));
		dialog.setWidth("40rem");
		dialog.open();
	}

	void refresh() {
		this.numbers = this.agents.bindingCounts();
		this.grid.setItems(this.agents.list());
	}

}
