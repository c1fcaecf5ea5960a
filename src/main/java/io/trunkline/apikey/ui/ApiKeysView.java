package io.trunkline.apikey.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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

import io.trunkline.apikey.ApiKeyService;
import io.trunkline.apikey.ApiKeySummary;
import io.trunkline.apikey.CreatedApiKey;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.base.ui.Notifications;
import io.trunkline.base.ui.ViewDescription;
import io.trunkline.security.Roles;

/**
 * The organization's API keys: create one (shown once), see when each was last used,
 * revoke one.
 */
@Route("api-keys")
@PageTitle("API keys")
@Menu(order = 92, title = "API keys", icon = "vaadin:key")
@ViewDescription("Keys for the REST API (/api/v1). A key is shown once, when created; revoking one takes "
		+ "effect on its next request.")
@RolesAllowed(Roles.ADMIN)
public class ApiKeysView extends VerticalLayout {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	final Grid<ApiKeySummary> grid = new Grid<>();

	final Button create = new Button("Create API key", VaadinIcon.PLUS.create());

	private final ApiKeyService keys;

	ApiKeysView(ApiKeyService keys) {
		this.keys = keys;
		setSizeFull();
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((click) -> openCreate());
		this.grid.addColumn(ApiKeySummary::name).setHeader("Name").setSortProperty("name").setFlexGrow(2);
		this.grid.addColumn(ApiKeySummary::prefix).setHeader("Key").setFlexGrow(2);
		this.grid.addColumn((key) -> key.role().label()).setHeader("Role");
		this.grid.addColumn(ApiKeySummary::createdBy).setHeader("Created by").setFlexGrow(2);
		this.grid.addColumn((key) -> time(key.createdAt())).setHeader("Created").setSortProperty("createdAt");
		this.grid.addColumn((key) -> time(key.expiresAt())).setHeader("Expires").setSortProperty("expiresAt");
		this.grid.addColumn(ApiKeysView::lastUsed).setHeader("Last used").setSortProperty("lastUsedAt").setFlexGrow(2);
		this.grid.addColumn((key) -> key.status(Instant.now())).setHeader("Status");
		this.grid.addComponentColumn(this::revokeButton)
			.setKey("revoke")
			.setHeader("")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setItems((query) -> keys.list(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
		this.grid.setSizeFull();
		add(new HorizontalLayout(this.create), this.grid);
	}

	private void openCreate() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Create API key");
		NewApiKeyForm form = new NewApiKeyForm();
		form.addCloseListener((close) -> dialog.close());
		form.addSaveListener((save) -> {
			try {
				CreatedApiKey created = this.keys.create(save.getCommand());
				dialog.close();
				this.grid.getDataProvider().refreshAll();
				new CreatedKeyDialog(created).open();
			}
			catch (FieldException ex) {
				form.showError(ex);
			}
		});
		dialog.add(form);
		dialog.setWidth("28rem");
		dialog.open();
	}

	private Button revokeButton(ApiKeySummary key) {
		Button revoke = new Button("Revoke", (click) -> confirmRevoke(key));
		revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		revoke.setVisible(key.revokedAt() == null);
		return revoke;
	}

	private void confirmRevoke(ApiKeySummary key) {
		ConfirmDialog confirm = new ConfirmDialog("Revoke " + key.name() + "?",
				"Requests with " + key.prefix() + "… are refused from now on. This cannot be undone.", "Revoke",
				(event) -> revoke(key));
		confirm.setConfirmButtonTheme("error primary");
		confirm.setCancelable(true);
		confirm.open();
	}

	private void revoke(ApiKeySummary key) {
		try {
			this.keys.revoke(key.id());
			Notifications.success("Revoked " + key.name());
		}
		catch (NotFoundException ex) {
			Notifications.error("This key no longer exists.");
		}
		this.grid.getDataProvider().refreshAll();
	}

	private static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "";
	}

	private static String lastUsed(ApiKeySummary key) {
		return (key.lastUsedAt() == null) ? "Never" : time(key.lastUsedAt()) + " from " + key.lastUsedAddress();
	}

}
