package io.trunkline.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import io.trunkline.base.NotFoundException;
import io.trunkline.base.ui.Notifications;
import io.trunkline.base.ui.ViewDescription;
import io.trunkline.security.Roles;
import io.trunkline.security.UserService;
import io.trunkline.security.UserSummary;

/**
 * The people of the admin's organization: add them, change their role, disable them.
 */
@Route("users")
@PageTitle("Users")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@ViewDescription("Add people to your organization, set their role, or stop them signing in.")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout {

	final Grid<UserSummary> grid = new Grid<>();

	final Button add = new Button("Add user", VaadinIcon.PLUS.create());

	private final UserService users;

	UsersView(UserService users) {
		this.users = users;
		setSizeFull();
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener((click) -> openNewUser());
		this.grid.addColumn(UserSummary::displayName).setHeader("Name").setSortProperty("displayName").setFlexGrow(2);
		this.grid.addColumn(UserSummary::email).setHeader("Email").setSortProperty("email").setFlexGrow(3);
		this.grid.addColumn((user) -> user.role().label() + (user.operator() ? " · Operator" : ""))
			.setHeader("Role")
			.setSortProperty("role");
		this.grid.addColumn((user) -> user.enabled() ? "Active" : "Disabled").setHeader("Status");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setItems((query) -> users.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
		this.grid.addItemClickListener((click) -> openEdit(click.getItem()));
		this.grid.setSizeFull();
		add(new HorizontalLayout(this.add), this.grid);
	}

	private void openNewUser() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Add user");
		NewUserForm form = new NewUserForm();
		form.addCloseListener((close) -> dialog.close());
		form.addSaveListener((save) -> {
			try {
				var account = this.users.create(save.getCommand());
				dialog.close();
				this.grid.getDataProvider().refreshAll();
				new TemporaryPasswordDialog(account).open();
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
			catch (SaveFailedException ex) {
				Notifications.error(ex.getMessage());
			}
		});
		dialog.add(form);
		dialog.setWidth("28rem");
		dialog.open();
	}

	private void openEdit(UserSummary user) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(user.displayName());
		UserEditForm form = new UserEditForm(user);
		form.addCloseListener((close) -> dialog.close());
		form.addSaveListener((save) -> {
			try {
				UserSummary saved = this.users.update(save.getUserId(), save.getUpdate());
				dialog.close();
				this.grid.getDataProvider().refreshAll();
				Notifications.success("Saved " + saved.displayName());
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
			catch (SaveFailedException ex) {
				Notifications.error(ex.getMessage());
			}
			catch (NotFoundException ex) {
				dialog.close();
				Notifications.error("This user no longer exists.");
				this.grid.getDataProvider().refreshAll();
			}
		});
		dialog.add(form);
		dialog.setWidth("28rem");
		dialog.open();
	}

}
