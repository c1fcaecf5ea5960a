package io.trunkline.trunk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FormDialog;
import io.trunkline.base.ui.Notifications;
import io.trunkline.trunk.TwilioIntegrationService;
import io.trunkline.trunk.TwilioSummary;

/**
 * The organization's Twilio integrations: a grid, and a form in a dialog.
 */
class TwilioPanel extends VerticalLayout {

	final Grid<TwilioSummary> grid = new Grid<>();

	private final TwilioIntegrationService integrations;

	TwilioPanel(TwilioIntegrationService integrations) {
		this.integrations = integrations;
		setPadding(false);
		setSizeFull();
		Button add = new Button("Add Twilio integration", VaadinIcon.PLUS.create(), (click) -> open(null));
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.grid.addColumn(TwilioSummary::name).setHeader("Name").setFlexGrow(2);
		this.grid.addColumn(TwilioSummary::accountSid).setHeader("Account SID").setFlexGrow(3);
		this.grid.addColumn((integration) -> integration.tokenSet() ? "Set" : "Not set").setHeader("Auth token");
		this.grid.addItemClickListener((click) -> open(click.getItem()));
		this.grid.setSizeFull();
		add(add, this.grid);
		refresh();
	}

	private void open(TwilioSummary integration) {
		TwilioForm form = new TwilioForm();
		form.edit(integration);
		FormDialog dialog = new FormDialog((integration == null) ? "New Twilio integration" : integration.name(), form,
				form::save);
		form.addSaveListener((save) -> {
			try {
				TwilioSummary saved = (integration == null) ? this.integrations.create(save.getCommand())
						: this.integrations.update(integration.id(), integration.version(), save.getCommand());
				dialog.close();
				refresh();
				Notifications.success("Saved " + saved.name());
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
			catch (ConcurrentChangeException ex) {
				Notifications.error(ex.getMessage());
			}
		});
		if (integration != null) {
			dialog.allowDelete("integration " + integration.name(), () -> {
				try {
					this.integrations.delete(integration.id());
					dialog.close();
					refresh();
				}
				catch (FieldException ex) {
					Notifications.error(ex.getMessage());
				}
			});
		}
		dialog.open();
	}

	void refresh() {
		this.grid.setItems(this.integrations.list());
	}

}
