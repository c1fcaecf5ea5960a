package io.trunkline.organization.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

import io.trunkline.base.FieldException;
import io.trunkline.base.SaveFailedException;
import io.trunkline.base.ui.Notifications;
import io.trunkline.security.crypto.KeyRotationService;
import io.trunkline.base.ui.ViewDescription;
import io.trunkline.organization.CreatedOrganization;
import io.trunkline.organization.OrganizationService;
import io.trunkline.organization.OrganizationSummary;
import io.trunkline.security.Roles;
import io.trunkline.security.ui.TemporaryPasswordDialog;

/**
 * The operator's list of organizations, and where they open a new one with its first
 * admin.
 */
@Route("organizations")
@PageTitle("Organizations")
@Menu(order = 100, title = "Organizations", icon = "vaadin:building")
@ViewDescription("Open an organization for a customer, with its first admin.")
@RolesAllowed(Roles.OPERATOR)
public class OrganizationsView extends VerticalLayout {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	final Grid<OrganizationSummary> grid = new Grid<>();

	final Button add = new Button("New organization", VaadinIcon.PLUS.create());

	private final OrganizationService organizations;

	final Button rotate = new Button("Rotate encryption key", VaadinIcon.KEY.create());

	OrganizationsView(OrganizationService organizations, KeyRotationService rotation) {
		this.organizations = organizations;
		setSizeFull();
		this.rotate.addClickListener((click) -> new KeyRotationDialogs(rotation).confirm());
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener((click) -> openNew());
		this.grid.addColumn(OrganizationSummary::name).setHeader("Name").setSortProperty("name").setFlexGrow(3);
		this.grid.addColumn(OrganizationSummary::slug).setHeader("Slug").setSortProperty("slug").setFlexGrow(2);
		this.grid.addColumn((org) -> org.regionName() + " (" + org.defaultRegion() + ")")
			.setHeader("Default region")
			.setSortProperty("defaultRegion")
			.setFlexGrow(2);
		this.grid.addColumn((org) -> DATE.format(org.createdAt())).setHeader("Created").setSortProperty("createdAt");
		this.grid.addComponentColumn((org) -> {
			Button edit = new Button("Edit", (click) -> openEdit(org));
			edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			edit.setAriaLabel("Edit " + org.name());
			return edit;
		}).setHeader("").setKey("edit").setFlexGrow(0).setAutoWidth(true);
		this.grid.setItems((query) -> organizations.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
		this.grid.setSizeFull();
		add(new HorizontalLayout(this.add, this.rotate), this.grid);
	}

	private void openEdit(OrganizationSummary organization) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Edit " + organization.name());
		EditOrganizationForm form = new EditOrganizationForm(organization);
		form.addCloseListener((close) -> dialog.close());
		form.addSaveListener((save) -> {
			try {
				OrganizationSummary saved = this.organizations.update(save.getId(), save.getCommand());
				dialog.close();
				this.grid.getDataProvider().refreshAll();
				Notifications.success("Saved " + saved.name() + " (" + saved.regionName() + ")");
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
		});
		dialog.add(form);
		dialog.setWidth("32rem");
		dialog.open();
	}

	private void openNew() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("New organization");
		NewOrganizationForm form = new NewOrganizationForm();
		form.addCloseListener((close) -> dialog.close());
		form.addSaveListener((save) -> {
			try {
				CreatedOrganization created = this.organizations.create(save.getCommand());
				dialog.close();
				this.grid.getDataProvider().refreshAll();
				new TemporaryPasswordDialog(created.admin()).open();
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
			catch (SaveFailedException ex) {
				Notifications.error(ex.getMessage());
			}
		});
		dialog.add(form);
		dialog.setWidth("32rem");
		dialog.open();
	}

}
