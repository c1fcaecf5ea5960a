package io.trunkline.importer.ui;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import io.trunkline.KaribuTest;
import io.trunkline.base.ui.HomeView;
import io.trunkline.importer.ImportColumn;
import io.trunkline.importer.ImportLimits;
import io.trunkline.importer.RowStatus;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static io.trunkline.importer.ui.WizardDriver.formattedRows;
import static io.trunkline.importer.ui.WizardDriver.next;
import static io.trunkline.importer.ui.WizardDriver.wizard;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads through the wizard's Upload component: Karibu's {@code _upload} calls the
 * component's {@code UploadHandler} the way Flow does for a browser's request.
 */
class CsvUploadTest extends KaribuTest {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	private NumberFixtures fixtures;

	@Value("${trunkline.import.upload-folder}")
	private Path uploads;

	@BeforeEach
	void openTheUploadTab() {
		Org org = this.accounts.newOrganization();
		this.fixtures.trunk(org, "Main", "pw");
		signIn(org.adminEmail());
		UI.getCurrent().navigate(ImportWizardView.class);
		wizard().numbers.ways.setSelectedTab(wizard().numbers.uploadTab);
	}

	@Test
	void a_semicolon_file_with_a_bom_is_mapped_previewed_and_reviewed() {
		String csv = "Telefon;Nickname;Notes\n+1 415 555 0110;Sales;first floor\n(415) 555-0111;Support;\n";
		upload("numbers.csv", concat(BOM, csv.getBytes(StandardCharsets.UTF_8)));

		CsvMappingPanel mapping = wizard().numbers.upload.mapping;
		assertThat(mapping.isVisible()).isTrue();
		assertThat(mapping.fileName.getText()).isEqualTo("File: numbers.csv · 3 columns");
		assertThat(mapping.delimiter.getValue()).isEqualTo(';');
		assertThat(column(ImportColumn.NUMBER).getValue()).isEqualTo(CsvMappingPanel.NOT_IN_FILE);
		assertThat(column(ImportColumn.NAME).getValue()).isEqualTo(1);
		assertThat(column(ImportColumn.DESCRIPTION).getValue()).isEqualTo(2);
		assertThat(column(ImportColumn.NUMBER).isInvalid()).isTrue();
		assertThat(column(ImportColumn.NUMBER).getErrorMessage())
			.isEqualTo("Choose the column that holds the phone numbers");

		type(column(ImportColumn.NUMBER), 0);
		type(column(ImportColumn.DESCRIPTION), CsvMappingPanel.NOT_IN_FILE);
		assertThat(column(ImportColumn.NUMBER).isInvalid()).isFalse();
		assertThat(headers(mapping.preview)).containsExactly("Line", "Phone number", "Name");
		assertThat(formattedRows(mapping.preview)).containsExactly("2 | +1 415 555 0110 | Sales",
				"3 | (415) 555-0111 | Support");

		type(column(ImportColumn.NAME), 0);
		assertThat(mapping.mappingError.getText()).isEqualTo("Each column can feed one field only");
		type(column(ImportColumn.NAME), 1);

		type(mapping.delimiter, ',');
		assertThat(mapping.fileName.getText()).isEqualTo("File: numbers.csv · 1 column");
		type(mapping.delimiter, ';');
		type(column(ImportColumn.NUMBER), 0);
		next();
		next();
		next();
		assertThat(wizard().review.source.getText()).isEqualTo("numbers.csv · 2 rows");
		assertThat(wizard().review.counts.get(RowStatus.READY).getText()).isEqualTo("2");
		assertThat(formattedRows(wizard().review.grid)).first().asString().startsWith("2 | +1 415 555 0110");
		assertThat(formattedRows(wizard().review.grid)).first().asString().contains("| Sales | Ready");
	}

	@Test
	void the_file_waits_on_disk_only_while_it_is_shown_in_the_wizard() {
		long before = WizardDriver.filesIn(this.uploads);
		upload("first.csv", "number\n+1 415 555 0120\n".getBytes(StandardCharsets.UTF_8));
		assertThat(WizardDriver.filesIn(this.uploads)).isEqualTo(before + 1);
		upload("second.csv", "number\n+1 415 555 0121\n".getBytes(StandardCharsets.UTF_8));
		assertThat(WizardDriver.filesIn(this.uploads)).as("the second file replaces the first").isEqualTo(before + 1);
		upload("photo.csv", new byte[] { 'n', 'u', 'm', 0, 1, 2, 3 });
		assertThat(WizardDriver.filesIn(this.uploads)).as("a refused file is not kept").isEqualTo(before);

		upload("third.csv", "number\n+1 415 555 0122\n".getBytes(StandardCharsets.UTF_8));
		next();
		assertThat(wizard().steps.current()).isEqualTo("2 Trunk");
		UI.getCurrent().navigate(HomeView.class);
		assertThat(WizardDriver.filesIn(this.uploads)).as("leaving the wizard deletes its file").isEqualTo(before);
	}

	@Test
	void a_binary_file_is_refused_at_the_upload_field() {
		upload("photo.csv", new byte[] { 'n', 'u', 'm', 0, 1, 2, 3 });

		assertThat(wizard().numbers.upload.error.isVisible()).isTrue();
		assertThat(wizard().numbers.upload.error.getText()).isEqualTo("This is not a CSV file: it holds binary data");
		assertThat(wizard().numbers.upload.mapping.isVisible()).isFalse();
		next();
		assertThat(wizard().steps.current()).isEqualTo("1 Numbers");
	}

	@Test
	void an_empty_file_and_a_header_only_file_are_refused_at_the_upload_field() {
		upload("empty.csv", new byte[0]);
		assertThat(wizard().numbers.upload.error.getText()).isEqualTo("The file is empty");

		upload("header.csv", "number;name\n".getBytes(StandardCharsets.UTF_8));
		assertThat(wizard().numbers.upload.error.getText()).isEqualTo("The file has a header row but no rows under it");
		assertThat(wizard().numbers.upload.mapping.isVisible()).isFalse();

		upload("good.csv", "number\n+1 415 555 0112\n".getBytes(StandardCharsets.UTF_8));
		assertThat(wizard().numbers.upload.error.isVisible()).isFalse();
		next();
		assertThat(wizard().steps.current()).isEqualTo("2 Trunk");
	}

	@Test
	void a_file_over_20_mb_is_refused_whatever_the_browser_let_through() {
		byte[] big = new byte[ImportLimits.DEFAULTS.maxBytes() + 4096];
		java.util.Arrays.fill(big, (byte) '1');
		big[0] = 'n';
		big[1] = '\n';
		upload("big.csv", big);

		assertThat(wizard().numbers.upload.error.getText()).isEqualTo(ImportLimits.DEFAULTS.fileTooLarge());
		assertThat(wizard().numbers.upload.mapping.isVisible()).isFalse();
	}

	@Test
	void next_without_a_file_asks_for_one() {
		next();
		assertThat(wizard().numbers.upload.error.getText()).isEqualTo("Upload a CSV file with a header row");
		assertThat(wizard().steps.current()).isEqualTo("1 Numbers");
	}

	private static void upload(String fileName, byte[] bytes) {
		_upload(wizard().numbers.upload.upload, fileName, "text/csv", bytes);
	}

	private static Select<Integer> column(ImportColumn column) {
		return wizard().numbers.upload.mapping.columns.get(column);
	}

	private static java.util.List<String> headers(Grid<?> grid) {
		return grid.getColumns().stream().map((column) -> column.getHeaderText()).toList();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

}
