package io.trunkline.organization.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.trunkline.KaribuTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import io.trunkline.organization.OrganizationSummary;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OrganizationsViewTest extends KaribuTest {

	private static final String OPERATOR = "bootstrap-admin@trunkline.test";

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	private Long copiedTo;

	@Test
	void operator_opens_an_organization_with_its_first_admin() {
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		fill("Globex Telecom", "globex-telecom", "GB", "ops@globex.test");
		assertThat(_get(TextField.class, (spec) -> spec.withLabel("Temporary password")).getValue()).hasSize(20);
		assertThat(_findAll(_get(OrganizationsView.class).grid)).extracting(OrganizationSummary::slug)
			.contains("globex-telecom");
	}

	@Test
	void invalid_slug_and_taken_email_are_shown_at_their_fields() {
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		fill("Initech", "Initech Inc", "US", "ops@initech.test");
		TextField slug = _get(TextField.class, (spec) -> spec.withLabel("Slug"));
		assertThat(slug.isInvalid()).isTrue();
		type(slug, "initech");
		type(_get(EmailField.class, (spec) -> spec.withLabel("First admin's email")), OPERATOR);
		_click(_get(_get(NewOrganizationForm.class), Button.class, (spec) -> spec.withText("Create organization")));
		EmailField email = _get(EmailField.class, (spec) -> spec.withLabel("First admin's email"));
		assertThat(email.isInvalid()).isTrue();
		assertThat(email.getErrorMessage()).isEqualTo("A user with this email already exists");
	}

	@Test
	void operator_rotates_the_encryption_key_after_confirming() {
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		_click(_get(OrganizationsView.class).rotate);
		ConfirmDialog confirm = _get(ConfirmDialog.class);
		assertThat(ConfirmDialogKt._getHeader(confirm)).isEqualTo("Rotate the encryption key?");
		ConfirmDialogKt._fireConfirm(confirm);
		assertThat(NotificationsKt.getNotifications()).extracting((n) -> n.getElement().getProperty("text"))
			.anyMatch((text) -> text != null && text.startsWith("New primary key "));
	}

	@Test
	void a_copied_secret_is_named_in_the_dialog_and_the_operator_rotates_the_others() {
		Org org = this.accounts.newOrganization();
		TrunkSummary first = this.fixtures.trunk(org, "First", "first-password");
		TrunkSummary copy = this.fixtures.trunk(org, "Copy", "copy-password");
		this.copiedTo = copy.id();
		this.jdbc.update("update sip_trunk set auth_password = (select auth_password from sip_trunk where id = ?)"
				+ " where id = ?", first.id(), copy.id());
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		_click(_get(OrganizationsView.class).rotate);
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

		Dialog dialog = _get(Dialog.class);
		assertThat(dialog.getHeaderTitle()).isEqualTo("Some stored secrets cannot be read");
		assertThat(_get(dialog, ListItem.class).getText())
			.isEqualTo("SIP trunk passwords: sip_trunk " + copy.id() + " (organization " + org.id() + ")");
		assertThat(NotificationsKt.getNotifications()).isEmpty();
		_click(_get(Button.class, (spec) -> spec.withText("Rotate the others")));

		assertThat(dialog.isOpened()).isFalse();
		assertThat(NotificationsKt.getNotifications()).extracting((n) -> n.getElement().getProperty("text"))
			.anyMatch((text) -> text != null && text.startsWith("New primary key ")
					&& text.endsWith("left unreadable: sip_trunk " + copy.id() + " (organization " + org.id() + ")"));
	}

	@Test
	void cancelling_the_unreadable_dialog_rotates_nothing() {
		Org org = this.accounts.newOrganization();
		TrunkSummary first = this.fixtures.trunk(org, "First", "first-password");
		TrunkSummary copy = this.fixtures.trunk(org, "Copy", "copy-password");
		this.copiedTo = copy.id();
		this.jdbc.update("update sip_trunk set auth_password = (select auth_password from sip_trunk where id = ?)"
				+ " where id = ?", first.id(), copy.id());
		String before = this.jdbc.queryForObject("select auth_password from sip_trunk where id = ?", String.class,
				first.id());
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		_click(_get(OrganizationsView.class).rotate);
		ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
		_click(_get(Button.class, (spec) -> spec.withText("Cancel, fix them first")));

		assertThat(_find(Dialog.class)).isEmpty();
		assertThat(
				this.jdbc.queryForObject("select auth_password from sip_trunk where id = ?", String.class, first.id()))
			.isEqualTo(before);
	}

	@AfterEach
	void removeTheCopy() {
		// The context is shared: leave no unreadable secret for other tests' rotations.
		if (this.copiedTo != null) {
			this.jdbc.update("update sip_trunk set auth_password = null where id = ?", this.copiedTo);
		}
	}

	@Test
	void typing_the_name_of_a_new_organization_fills_in_its_slug() {
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		_click(_get(_get(OrganizationsView.class), Button.class, (spec) -> spec.withText("New organization")));
		TextField name = _get(TextField.class, (spec) -> spec.withLabel("Name"));
		TextField slug = _get(TextField.class, (spec) -> spec.withLabel("Slug"));
		typeInBrowser(name, "Harbor Clinic");
		assertThat(slug.getValue()).isEqualTo("harbor-clinic");
		type(slug, "harbor");
		typeInBrowser(name, "Harbor Clinic North");
		assertThat(slug.getValue()).isEqualTo("harbor");
	}

	/** As the browser does it: the value arrives from the client. */
	private static void typeInBrowser(TextField field, String value) {
		String old = field.getValue();
		field.setValue(value);
		com.vaadin.flow.component.ComponentUtil.fireEvent(field,
				new com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent<>(field, field, old, true));
	}

	@Test
	void typing_a_region_code_and_pressing_enter_picks_that_region() {
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		_click(_get(_get(OrganizationsView.class), Button.class, (spec) -> spec.withText("New organization")));
		ComboBox<String> regions = regionField();
		assertThat(regions.isRequiredIndicatorVisible()).isTrue();
		assertThat(_get(TextField.class, (spec) -> spec.withLabel("Name")).isRequiredIndicatorVisible()).isTrue();
		ComboBoxKt._fireCustomValueSet(regions, "GB");
		assertThat(regions.getValue()).isEqualTo("GB");
		assertThat(regions.isInvalid()).isFalse();
		fillRest("Umbrella Voice", "umbrella-voice", "ops@umbrella.test");
		assertThat(_findAll(_get(OrganizationsView.class).grid))
			.filteredOn((org) -> org.slug().equals("umbrella-voice"))
			.extracting(OrganizationSummary::defaultRegion)
			.containsExactly("GB");
	}

	@Test
	void a_region_that_matches_nothing_is_an_error_not_the_previous_region() {
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		_click(_get(_get(OrganizationsView.class), Button.class, (spec) -> spec.withText("New organization")));
		ComboBox<String> regions = regionField();
		ComboBoxKt._fireCustomValueSet(regions, "Atlantis");
		assertThat(regions.getValue()).isNull();
		fillRest("Atlantis Voice", "atlantis-voice", "ops@atlantis.test");
		assertThat(regions.isInvalid()).isTrue();
		assertThat(regions.getErrorMessage())
			.isEqualTo("No region matches \u201cAtlantis\u201d: choose one from the list");
		assertThat(_findAll(_get(OrganizationsView.class).grid)).extracting(OrganizationSummary::slug)
			.doesNotContain("atlantis-voice");
	}

	@Test
	void operator_corrects_an_organizations_name_and_region() {
		signIn(OPERATOR);
		UI.getCurrent().navigate(OrganizationsView.class);
		fill("Wrong Region Inc", "wrong-region", "US", "ops@wrong-region.test");
		_get(com.vaadin.flow.component.dialog.Dialog.class).close();
		var grid = _get(OrganizationsView.class).grid;
		int row = _findAll(grid).stream().map(OrganizationSummary::slug).toList().indexOf("wrong-region");
		Button edit = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "edit");
		assertThat(edit.getAriaLabel()).contains("Edit Wrong Region Inc");
		_click(edit);
		EditOrganizationForm form = _get(EditOrganizationForm.class);
		TextField name = _get(form, TextField.class, (spec) -> spec.withLabel("Name"));
		ComboBox<String> regions = _get(form, ComboBox.class, (spec) -> spec.withLabel("Default region"));
		assertThat(regions.getHelperText()).startsWith("Only affects numbers typed from now on");
		assertThat(regions.getValue()).isEqualTo("US");
		type(name, "");
		ComboBoxKt._fireCustomValueSet(regions, "Narnia");
		_click(_get(form, Button.class, (spec) -> spec.withText("Save")));
		assertThat(name.isInvalid()).isTrue();
		assertThat(regions.isInvalid()).isTrue();
		type(name, "Right Region Ltd");
		ComboBoxKt._fireCustomValueSet(regions, "united k");
		_click(_get(form, Button.class, (spec) -> spec.withText("Save")));
		assertThat(_findAll(_get(OrganizationsView.class).grid)).filteredOn((org) -> org.slug().equals("wrong-region"))
			.extracting(OrganizationSummary::name, OrganizationSummary::defaultRegion)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Right Region Ltd", "GB"));
		assertThat(NotificationsKt.getNotifications()).extracting((n) -> n.getElement().getProperty("text"))
			.contains("Saved Right Region Ltd (United Kingdom)");
	}

	@SuppressWarnings("unchecked")
	private static ComboBox<String> regionField() {
		return _get(ComboBox.class, (spec) -> spec.withLabel("Default region"));
	}

	private void fillRest(String name, String slug, String email) {
		type(_get(TextField.class, (spec) -> spec.withLabel("Name")), name);
		type(_get(TextField.class, (spec) -> spec.withLabel("Slug")), slug);
		type(_get(EmailField.class, (spec) -> spec.withLabel("First admin's email")), email);
		type(_get(TextField.class, (spec) -> spec.withLabel("First admin's name")), "Ops Person");
		_click(_get(_get(NewOrganizationForm.class), Button.class, (spec) -> spec.withText("Create organization")));
	}

	private void fill(String name, String slug, String region, String email) {
		_click(_get(_get(OrganizationsView.class), Button.class, (spec) -> spec.withText("New organization")));
		type(_get(TextField.class, (spec) -> spec.withLabel("Name")), name);
		type(_get(TextField.class, (spec) -> spec.withLabel("Slug")), slug);
		@SuppressWarnings("unchecked")
		ComboBox<String> regions = _get(ComboBox.class, (spec) -> spec.withLabel("Default region"));
		type(regions, region);
		type(_get(EmailField.class, (spec) -> spec.withLabel("First admin's email")), email);
		type(_get(TextField.class, (spec) -> spec.withLabel("First admin's name")), "Ops Person");
		_click(_get(_get(NewOrganizationForm.class), Button.class, (spec) -> spec.withText("Create organization")));
	}

}
