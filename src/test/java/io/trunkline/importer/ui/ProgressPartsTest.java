package io.trunkline.importer.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouterLink;
import io.trunkline.KaribuTest;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportStatus;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

/** The progress panel and the running-imports notice, shown with progress as it comes. */
class ProgressPartsTest extends KaribuTest {

	@Test
	void a_running_import_shows_rows_bar_rate_and_a_confirmed_cancel() {
		AtomicInteger cancels = new AtomicInteger();
		ProgressPanel panel = new ProgressPanel(cancels::incrementAndGet);
		UI.getCurrent().add(panel);

		panel.show(progress(ImportStatus.RUNNING, 500, ""));

		assertThat(panel.source.getText()).isEqualTo("Import #12: numbers.csv");
		assertThat(panel.status.getText()).isEqualTo("Importing");
		assertThat(panel.rows.getText()).isEqualTo("500 of 2,000 rows done");
		assertThat(panel.bar.getValue()).isEqualTo(0.25);
		assertThat(panel.rate.getText()).isEqualTo("1,250 rows/s");
		assertThat(panel.message.isVisible()).isFalse();
		_click(panel.cancel);
		MockVaadin.clientRoundtrip(false);
		_fireCancel(_get(ConfirmDialog.class));
		assertThat(cancels).hasValue(0);
		_click(panel.cancel);
		MockVaadin.clientRoundtrip(false);
		_fireConfirm(_get(ConfirmDialog.class));
		assertThat(cancels).hasValue(1);
	}

	@Test
	void a_waiting_import_says_why_and_a_finished_one_cannot_be_cancelled() {
		ProgressPanel panel = new ProgressPanel(() -> {
		});
		UI.getCurrent().add(panel);

		panel.show(progress(ImportStatus.WAITING, 0, "Waiting for another import in this organization to finish"));
		assertThat(panel.bar.isIndeterminate()).isTrue();
		assertThat(panel.message.getText()).isEqualTo("Waiting for another import in this organization to finish");
		assertThat(panel.cancel.isVisible()).isTrue();

		panel.show(progress(ImportStatus.CANCELLED, 1000, "Cancelled: the numbers imported before are kept"));
		assertThat(panel.status.getText()).isEqualTo("Cancelled");
		assertThat(panel.bar.isIndeterminate()).isFalse();
		assertThat(panel.cancel.isVisible()).isFalse();
	}

	@Test
	void the_wizard_notice_links_to_each_running_import() {
		UnfinishedImports notice = new UnfinishedImports(List.of(progress(ImportStatus.RUNNING, 500, "")));
		UI.getCurrent().add(notice);

		assertThat(notice.isVisible()).isTrue();
		assertThat(notice.getElement().getTextRecursively())
			.contains("An import is running: numbers.csv, started by ann@example.test (importing).");
		assertThat(_get(notice, RouterLink.class).getHref()).isEqualTo("import/12");
		assertThat(new UnfinishedImports(List.of()).isVisible()).isFalse();
	}

	private static ImportProgress progress(ImportStatus status, int done, String message) {
		return new ImportProgress(12, "numbers.csv", "ann@example.test", status, done, 2000, done, 0, 1250.4, message,
				true);
	}

}
