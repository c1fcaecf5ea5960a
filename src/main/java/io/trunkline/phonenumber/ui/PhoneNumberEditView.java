package io.trunkline.phonenumber.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import io.trunkline.agent.AgentService;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.base.ui.Notifications;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberEdit;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.Roles;
import io.trunkline.organization.OrganizationService;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TwilioIntegrationService;

/**
 * One number's form ({@code numbers/<id>}), or a new number ({@code numbers/new}). An
 * unknown id, or another organization's, shows "not found".
 */
@Route("numbers")
@PageTitle("Phone number")
@PermitAll
public class PhoneNumberEditView extends VerticalLayout implements HasUrlParameter<String> {

	static final String NOT_FOUND = "Number not found. It may have been deleted.";

	final H2 title = new H2();

	final Paragraph facts = new Paragraph();

	final Span times = new Span();

	final Div message = new Div();

	final PhoneNumberForm form;

	final Button save = new Button("Save");

	private final PhoneNumberService numbers;

	private final boolean editor;

	private PhoneNumberDetails current;

	PhoneNumberEditView(PhoneNumberService numbers, TrunkService trunks, TwilioIntegrationService integrations,
			AgentService agents, OrganizationService organizations, AuthenticationContext authentication) {
		this.numbers = numbers;
		this.editor = authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT_MANAGER);
		addClassName("number-edit-view");
		this.form = new PhoneNumberForm(trunks.list(), integrations.list(), agents.list());
		this.form.readNationalNumbersAs(organizations.current().defaultRegion());
		this.form.setReadOnly(!this.editor);
		this.form.addSaveListener((event) -> save(event.getCommand()));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> this.form.save());
		this.save.setVisible(this.editor);
		this.message.addClassName("form-message");
		this.message.setVisible(false);
		RouterLink back = new RouterLink("Back to numbers", PhoneNumberListView.class);
		this.times.addClassName("grid-legend");
		add(back, this.title, this.facts, this.times, this.message, this.form, new HorizontalLayout(this.save));
	}

	@Override
	public void setParameter(BeforeEvent event, String parameter) {
		if ("new".equals(parameter) && this.editor) {
			this.current = null;
			this.title.setText("New phone number");
			this.facts.setText("");
			this.times.setText("");
			this.form.edit(new PhoneNumberCommand(), false);
			return;
		}
		try {
			show(this.numbers.get(Long.parseLong(parameter)));
		}
		catch (NumberFormatException | NotFoundException ex) {
			showNotFound();
		}
	}

	private void show(PhoneNumberDetails details) {
		this.current = details;
		this.title.setText(details.displayName());
		this.facts.setText("Stored as " + details.number() + " · " + details.international()
				+ (details.region() != null ? " · region " + details.region() : "") + " · "
				+ details.lineType().label());
		this.times.setText("Updated " + NumberColumns.TIME.format(details.updatedAt()) + " UTC · Agents "
				+ ((details.bindingsChangedAt() != null)
						? "changed " + NumberColumns.TIME.format(details.bindingsChangedAt()) + " UTC"
						: "never bound"));
		this.message.setVisible(false);
		this.form.edit(PhoneNumberEdit.of(details), details.inboundPinSet());
	}

	private void showNotFound() {
		this.title.setText("Not found");
		this.facts.setText(NOT_FOUND);
		this.times.setText("");
		this.form.setVisible(false);
		this.save.setVisible(false);
	}

	private void save(PhoneNumberCommand command) {
		try {
			PhoneNumberDetails saved = (this.current == null) ? this.numbers.create(command)
					: this.numbers.update(this.current.id(), this.current.version(), command);
			Notifications.success("Saved " + saved.international());
			if (this.current == null) {
				getUI().ifPresent((ui) -> ui.navigate(PhoneNumberEditView.class, String.valueOf(saved.id())));
			}
			else {
				show(saved);
			}
		}
		catch (FieldException ex) {
			this.form.showErrors(ex);
		}
		catch (ConcurrentChangeException ex) {
			this.message.setText(ex.getMessage());
			this.message.setVisible(true);
			Button reload = new Button("Reload", (click) -> show(this.numbers.get(this.current.id())));
			reload.addThemeVariants(ButtonVariant.LUMO_SMALL);
			this.message.add(reload);
		}
		catch (NotFoundException ex) {
			showNotFound();
		}
	}

}
