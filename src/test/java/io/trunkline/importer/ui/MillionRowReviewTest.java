package io.trunkline.importer.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import io.trunkline.KaribuTest;
import io.trunkline.importer.HeapAfterGc;
import io.trunkline.importer.ImportLimits;
import io.trunkline.importer.RowStatus;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static io.trunkline.importer.ui.WizardDriver.next;
import static io.trunkline.importer.ui.WizardDriver.wizard;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of a million rows (the limit) through the wizard as a person uploads it: the
 * file waits on disk, the dry run's verdicts in the database, and the review grid pages
 * through them, down to the last rows. The session holding the review stays small.
 */
class MillionRowReviewTest extends KaribuTest {

	static final int ROWS = ImportLimits.DEFAULTS.maxRows();

	/** What a review may hold in the session, whatever the file's size (#18: 2 MB). */
	static final long MOST_HELD_BYTES = 4L * 1024 * 1024;

	@Autowired
	private NumberFixtures fixtures;

	@Value("${trunkline.import.upload-folder}")
	private Path uploads;

	@Test
	void a_million_rows_are_reviewed_page_by_page_and_the_session_holds_none_of_them() {
		Org org = this.accounts.newOrganization();
		this.fixtures.trunk(org, "Main", "pw");
		signIn(org.adminEmail());
		UI.getCurrent().navigate(ImportWizardView.class);
		wizard().numbers.ways.setSelectedTab(wizard().numbers.uploadTab);
		long filesBefore = WizardDriver.filesIn(this.uploads);

		_upload(wizard().numbers.upload.upload, "million.csv", "text/csv", csv());
		assertThat(WizardDriver.filesIn(this.uploads)).as("the file waits on disk").isEqualTo(filesBefore + 1);
		assertThat(wizard().numbers.upload.error.isVisible()).isFalse();
		next();
		next();
		Instant start = Instant.now();
		next();
		WizardDriver.roundtripsUntil("the review of the dry run", Duration.ofMinutes(8), wizard().review::isVisible);
		System.out.printf("The dry run of %,d rows took %d s%n", ROWS,
				Duration.between(start, Instant.now()).toSeconds());
		scrollTheReview();

		long holding = HeapAfterGc.used();
		MockVaadin.tearDown();
		long closed = HeapAfterGc.used();
		MockVaadin.setup();
		long held = holding - closed;
		System.out.printf("A session with a reviewed %,d-row file held %,d KB%n", ROWS, held / 1024);
		assertThat(held).as("bytes the session held for the review").isLessThan(MOST_HELD_BYTES);
		assertThat(WizardDriver.filesIn(this.uploads)).as("closing the wizard deletes the file").isEqualTo(filesBefore);
	}

	/** The counts, and rows deep down the grid (no reference to the view is kept). */
	private static void scrollTheReview() {
		ReviewStep review = wizard().review;
		assertThat(review.source.getText()).isEqualTo("million.csv · 1,000,000 rows");
		assertThat(review.counts.get(RowStatus.READY).getText()).isEqualTo("999,998");
		assertThat(review.counts.get(RowStatus.INVALID).getText()).isEqualTo("1");
		assertThat(review.counts.get(RowStatus.DUPLICATE_IN_FILE).getText()).isEqualTo("1");
		assertThat(_size(review.grid)).isEqualTo(ROWS);
		assertThat(String.join(" | ", _getFormattedRow(review.grid, 900_000)))
			.startsWith("900002 | +1 646 2900000 | +1 646-290-0000 | +16462900000 | ");
		assertThat(String.join(" | ", _getFormattedRow(review.grid, ROWS - 1))).startsWith("1000001 | +1 646 2000000")
			.contains("Same number as line 2");
	}

	/**
	 * A million rows: every number once, but line 3 that is no number and the last line
	 * that repeats line 2.
	 */
	private static byte[] csv() {
		StringBuilder csv = new StringBuilder(ROWS * 26).append("phone_number,name\n");
		for (int i = 0; i < ROWS - 1; i++) {
			csv.append((i == 1) ? "not a number" : "+1 646 " + (2_000_000 + i)).append(",Line ").append(i).append('\n');
		}
		csv.append("+1 646 2000000,Again\n");
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
