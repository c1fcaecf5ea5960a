package io.trunkline.agent.ui;

import io.trunkline.base.ui.Counts;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.SaveFailedException;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FormDialog;
import io.trunkline.base.ui.Notifications;

/**
 * The dialog in which an admin or agent manager adds, edits or deletes one agent.
 * Deleting an agent that numbers use asks whether to unbind it from them.
 */
class AgentEditor {

	final AgentForm form = new AgentForm();

	final FormDialog dialog;

	private final AgentService agents;

	private final Runnable changed;

	private final AgentSummary agent;

	private final long version;

	AgentEditor(AgentService agents, AgentSummary agent, Runnable changed) {
		this.agents = agents;
		this.changed = changed;
		this.agent = agent;
		this.version = (agent != null) ? agent.version() : 0;
		this.form.edit(agent);
		this.dialog = new FormDialog((agent == null) ? "New agent" : agent.name(), this.form, this.form::save);
		this.form.addSaveListener((event) -> save(event.getCommand()));
		if (agent != null) {
			this.dialog.allowDelete(this::confirmDelete);
		}
	}

	void open() {
		this.dialog.open();
	}

	private void save(AgentCommand command) {
		try {
			AgentSummary saved = (this.agent == null) ? this.agents.create(command)
					: this.agents.update(this.agent.id(), this.version, command);
			done("Saved " + saved.name());
		}
		catch (FieldException ex) {
			this.form.showError(ex);
		}
		catch (ConcurrentChangeException | SaveFailedException ex) {
			Notifications.error(ex.getMessage());
		}
	}

	private ConfirmDialog confirmDelete() {
		long numbers = this.agents.bindingCount(this.agent.id());
		return (numbers == 0) ? FormDialog.confirmDelete("agent " + this.agent.name(), this::delete)
				: confirmUnbind(numbers);
	}

	private void delete() {
		try {
			this.agents.delete(this.agent.id());
			done("Deleted " + this.agent.name());
		}
		catch (FieldException ex) {
			// Bound since the confirmation opened.
			confirmUnbind(this.agents.bindingCount(this.agent.id())).open();
		}
	}

	private ConfirmDialog confirmUnbind(long numbers) {
		String count = Counts.of(numbers, "number", "numbers");
		ConfirmDialog confirm = new ConfirmDialog("Agent " + this.agent.name() + " is bound to " + count,
				"Deleting it also removes it from " + ((numbers == 1) ? "that number" : "those numbers")
						+ ". Where it shared a number with other agents, their weights are rescaled to add up to "
						+ "100 %. This cannot be undone.",
				"Unbind from " + count + " and delete", (event) -> deleteWithBindings());
		confirm.setCancelable(true);
		confirm.setConfirmButtonTheme("error primary");
		return confirm;
	}

	private void deleteWithBindings() {
		int unbound = this.agents.deleteWithBindings(this.agent.id());
		done("Deleted " + this.agent.name() + " and unbound it from " + Counts.of(unbound, "number", "numbers"));
	}

	private void done(String message) {
		this.dialog.close();
		this.changed.run();
		Notifications.success(message);
	}

}
