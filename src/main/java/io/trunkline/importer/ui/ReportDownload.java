package io.trunkline.importer.ui;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ImportReport;

/** A button that downloads an import's rows with their verdicts as CSV. */
final class ReportDownload {

	private ReportDownload() {
	}

	static Anchor anchor(String text, SerializableSupplier<ImportPlan> plan, String suffix) {
		DownloadHandler handler = (event) -> {
			ImportPlan current = plan.get();
			event.setFileName(fileName(current.sourceName(), suffix));
			event.setContentType("text/csv; charset=utf-8");
			try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
				ImportReport.write(current, out);
			}
		};
		Anchor anchor = new Anchor(handler, "");
		anchor.add(new Button(text, VaadinIcon.DOWNLOAD.create()));
		return anchor;
	}

	/**
	 * "numbers.csv" becomes "numbers-review.csv"; anything but plain characters a dash.
	 */
	static String fileName(String sourceName, String suffix) {
		String base = sourceName.replaceFirst("(?i)\\.csv$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
		base = base.replaceAll("^[-.]+|-+$", "");
		return (base.isEmpty() ? "import" : base) + "-" + suffix + ".csv";
	}

}
