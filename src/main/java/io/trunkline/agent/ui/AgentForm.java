package io.trunkline.agent.ui;

import io.trunkline.base.ui.Binders;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

import io.trunkline.agent.Agent;
import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FieldErrors;
import io.trunkline.base.ui.Notifications;

/**
 * An agent's name, description, external id and tags, and the button that publishes its
 * next version. Fires {@link SaveEvent} and {@link PublishEvent}; the view calls the
 * service.
 */
public class AgentForm extends FormLayout {

	final TextField name = new TextField("Name");

	final TextField externalId = new TextField("External id");

	final TextArea description = new TextArea("Description");

	final TagEditor tags = new TagEditor();

	final Span versions = new Span();

	final Button publish = new Button(VaadinIcon.UPLOAD.create(), (click) -> fireEvent(new PublishEvent(this)));

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
		HorizontalLayout versionRow = new HorizontalLayout(this.versions, this.publish);
		versionRow.setAlignItems(FlexComponent.Alignment.CENTER);
		add(this.name, this.externalId, this.description, versionRow, this.tags);
		setColspan(this.description, 2);
		setColspan(versionRow, 2);
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

	/** Shows the versions of the agent after a publication; what was typed stays. */
	public void published(AgentSummary agent) {
		showVersions(agent);
	}

	/** Read-only for people who may not change agents: no saving, no publishing. */
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
		if (!FieldErrors.show(this.binder, ex)) {
			Notifications.error(ex.getMessage());
		}
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	public Registration addPublishListener(ComponentEventListener<PublishEvent> listener) {
		return addListener(PublishEvent.class, listener);
	}

	private void showVersions(AgentSummary agent) {
		this.agent = agent;
		int latest = (agent != null) ? agent.latestVersion() : 0;
		this.tags.setPublished(latest);
		this.versions.setText((latest > 0) ? "Latest version: v" + latest
				: (agent != null) ? "No version published yet" : "Save the agent to publish its first version");
		this.publish.setText("Publish version " + (latest + 1));
		this.publish.setVisible(agent != null && this.editable);
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

	/** The person asked to publish the agent's next version. */
	public static class PublishEvent extends ComponentEvent<AgentForm> {

		PublishEvent(AgentForm source) {
			super(source, false);
		}

	}

}
