package io.trunkline.importer.ui;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import io.trunkline.KaribuTest;
import io.trunkline.importer.ImportAwait;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportRow;
import io.trunkline.importer.ImportSettings;
import io.trunkline.importer.ImportService;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.RouterLinkKt._click;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static io.trunkline.importer.ui.WizardDriver.awaitSummary;
import static io.trunkline.importer.ui.WizardDriver.batchIdFromAddress;
import static io.trunkline.importer.ui.WizardDriver.formattedRows;
import static io.trunkline.importer.ui.WizardDriver.next;
import static io.trunkline.importer.ui.WizardDriver.wizard;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of one import: followed live while it runs, left and opened again, and closed
 * to other organizations.
 */
class ImportProgressViewTest extends KaribuTest {

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private ImportService imports;

	@Autowired
	private DataSource dataSource;

	private Org org;

	private TrunkSummary main;

	@BeforeEach
	void organizationWithATrunk() {
		this.org = this.accounts.newOrganization();
		this.main = this.fixtures.trunk(this.org, "Main", "pw");
	}

	@Test
	void leaving_the_progress_page_keeps_the_import_going_and_coming_back_shows_it() {
		open(this.org.adminEmail());
		wizard().numbers.ways.setSelectedTab(wizard().numbers.pasteTab);
		type(wizard().numbers.pasted, "+1 415 555 0130\n+1 415 555 0131\n+1 415 555 0132\nnonsense");
		next();
		next();
		next();
		_click(wizard().review.importButton);
		long batchId = batchIdFromAddress();

		UI.getCurrent().navigate(ImportWizardView.class);
		ImportAwait.finished(this.imports, batchId);
		UI.getCurrent().navigate(ImportProgressView.class, batchId);

		ImportProgressView view = _get(ImportProgressView.class);
		assertThat(view.summary.isVisible()).isTrue();
		assertThat(view.progress.source.getText()).isEqualTo("Import #" + batchId + ": Pasted list");
		assertThat(view.summary.imported.getText()).isEqualTo("Imported: 3 numbers");
		assertThat(view.summary.skipped.getText()).isEqualTo("Skipped: 1 row, with the reasons below");
		assertThat(formattedRows(view.summary.skippedRows))
			.containsExactly("4 | nonsense |  | Invalid | Not a phone number");
		String report = new String(_download(_get(view.summary, Anchor.class)), StandardCharsets.UTF_8);
		assertThat(report).contains("1,'+1 415 555 0130,+14155550130,'+1 415-555-0130,'+1 415-555-0130,Imported,");
	}

	@Test
	void another_organizations_import_is_not_found() {
		open(this.org.adminEmail());
		type(wizard().numbers.number, "+1 415 555 0107");
		next();
		next();
		next();
		_click(wizard().review.importButton);
		long batchId = batchIdFromAddress();
		ImportAwait.finished(this.imports, batchId);

		Org other = this.accounts.newOrganization();
		signIn(other.adminEmail());
		UI.getCurrent().navigate(ImportProgressView.class, batchId);
		ImportProgressView view = _get(ImportProgressView.class);
		assertThat(view.notFound.isVisible()).isTrue();
		assertThat(view.progress.isVisible()).isFalse();
		assertThat(view.summary.isVisible()).isFalse();
	}

	@Test
	void the_page_follows_a_running_import_as_it_goes() throws SQLException {
		open(this.org.adminEmail());
		type(wizard().numbers.number, "+1 415 555 0140");
		next();
		next();
		next();
		ImportProgressView view;
		try (Connection lock = holdOrganizationRow()) {
			_click(wizard().review.importButton);
			view = _get(ImportProgressView.class);
			assertThat(view.progress.status.getText()).isIn("Waiting for another import to finish", "Importing");
			assertThat(view.progress.cancel.isVisible()).isTrue();
			assertThat(view.summary.isVisible()).isFalse();
			lock.rollback();
		}

		awaitSummary();
		assertThat(view.progress.status.getText()).isEqualTo("Done");
		assertThat(view.summary.imported.getText()).isEqualTo("Imported: 1 number");
		assertThat(view.progress.cancel.isVisible()).isFalse();
	}

	@Test
	void the_wizard_links_to_an_import_still_running() throws SQLException {
		open(this.org.adminEmail());
		type(wizard().numbers.number, "+1 415 555 0141");
		next();
		next();
		next();
		long batchId;
		try (Connection lock = holdOrganizationRow()) {
			_click(wizard().review.importButton);
			batchId = batchIdFromAddress();
			UI.getCurrent().navigate(ImportWizardView.class);

			RouterLink follow = _get(wizard(), RouterLink.class, (spec) -> spec.withText("Follow import #" + batchId));
			assertThat(follow.getHref()).isEqualTo("import/" + batchId);
			lock.rollback();
			_click(follow);
		}
		awaitSummary();
		UI.getCurrent().navigate(ImportWizardView.class);
		_assertNone(RouterLink.class, (spec) -> spec.withText("Follow import #" + batchId));
	}

	@Test
	void an_import_waiting_for_another_is_cancelled_after_confirming() throws SQLException {
		try (Connection lock = holdOrganizationRow()) {
			this.accounts.as(this.org.adminEmail(),
					() -> this.imports.start(this.imports.plan("first",
							List.of(ImportRow.ofNumber(1, "+1 415 555 0150")), ImportSettings.sipTrunk(this.main.id())),
							ImportMode.READY_ROWS));
			open(this.org.adminEmail());
			type(wizard().numbers.number, "+1 415 555 0151");
			next();
			next();
			next();
			_click(wizard().review.importButton);
			ImportProgressView view = _get(ImportProgressView.class);
			assertThat(view.progress.status.getText()).isEqualTo("Waiting for another import to finish");

			_click(view.progress.cancel);
			MockVaadin.clientRoundtrip(false);
			_fireConfirm(_get(ConfirmDialog.class));
			awaitSummary();
			assertThat(view.progress.status.getText()).isEqualTo("Cancelled");
			assertThat(view.progress.message.getText()).isEqualTo("Cancelled before it started: nothing was imported");
			assertThat(view.summary.imported.getText()).isEqualTo("Imported: 0 numbers");
			assertThat(formattedRows(view.summary.skippedRows)).containsExactly(
					"1 | +1 415 555 0151 | +1 415-555-0151 | Not imported | Cancelled before the import started");
			lock.rollback();
		}
	}

	/**
	 * Locks the organization's row in a transaction of its own. The import writes under
	 * that lock, so it cannot end until the transaction does.
	 */
	private Connection holdOrganizationRow() throws SQLException {
		Connection connection = this.dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement lock = connection
			.prepareStatement("select id from organization where id = ? for update")) {
			lock.setLong(1, this.org.id());
			lock.executeQuery().close();
		}
		return connection;
	}

	private void open(String email) {
		signIn(email);
		UI.getCurrent().navigate(ImportWizardView.class);
	}

}
