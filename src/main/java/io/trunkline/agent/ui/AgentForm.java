package io.trunkline.agent.ui;

import io.trunkline.base.ui.Binders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.agent.Agent;
import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.ServiceErrors;
import io.trunkline.base.ui.Notifications;

/**
 * An agent's name, description, external id and tags, and which version is the latest.
 * Fires {@link SaveEvent}; the view calls the service. Publishing is not part of the
 * form: it takes effect at once, so it is an action of its own in the list of agents.
 */
public class AgentForm extends FormLayout {

	final TextField name = new TextField("Name");

	final TextField externalId = new TextField("External id");

	final TextArea description = new TextArea("Description");

	final TagEditor tags = new TagEditor();

	final Span versions = new Span();

	private final BeanValidationBinder<AgentCommand> binder = Binders.of(AgentCommand.class);

	private AgentCommand command = new AgentCommand();

	private AgentSummary agent;

	private boolean editable = true;

	public AgentForm() {
		this.name.setMaxLength(Agent.NAME_MAX_LENGTH);
		this.externalId.setMaxLength(Agent.EXTERNAL_ID_MAX_LENGTH);
		this.externalId.setHelperText("Left empty, one is generated");
		this.description.setMaxLength(Agent.DESCRIPTION_MAX_LENGTH);
		this.binder.forField(this.tags)
			.withValidator((value) -> !this.tags.hasDuplicateNames(), "Use each tag name once")
			.bind("tags");
		this.binder.bindInstanceFields(this);
		add(this.name, this.externalId, this.description, this.versions, this.tags);
		setColspan(this.description, 2);
		setColspan(this.versions, 2);
		setColspan(this.tags, 2);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
		edit(null);
	}

	/** Shows an agent to edit, or an empty form for a new one. */
	public void edit(AgentSummary agent) {
		this.command = (agent != null) ? AgentCommand.of(agent) : new AgentCommand();
		showVersions(agent);
		this.binder.setBean(this.command);
	}

	/** Read-only for people who may not change agents. */
	public void setEditable(boolean editable) {
		this.editable = editable;
		this.binder.setReadOnly(!editable);
		showVersions(this.agent);
	}

	/** Validates and fires {@link SaveEvent} when the form is valid. */
	public void save() {
		if (this.binder.validate().isOk()) {
			fireEvent(new SaveEvent(this, this.command));
		}
	}

	public void showError(FieldException ex) {
		ServiceErrors.show(this.binder, ex);
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	private void showVersions(AgentSummary agent) {
		this.agent = agent;
		int latest = (agent != null) ? agent.latestVersion() : 0;
		this.tags.setPublished(latest);
		String publish = this.editable ? " (publish the next one from the list of agents)" : "";
		this.versions.setText((latest > 0) ? "Latest version: v" + latest + publish
				: (agent != null) ? "No version published yet" + publish
						: "Save the agent, then publish its first version from the list");
	}

	/** An agent to save, valid as far as the form can tell. */
	public static class SaveEvent extends ComponentEvent<AgentForm> {

		private final AgentCommand command;

		SaveEvent(AgentForm source, AgentCommand command) {
			super(source, false);
			this.command = command;
		}

		public AgentCommand getCommand() {
			return this.command;
		}

	}

}
