package io.trunkline.importer.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import io.trunkline.base.FieldException;
import io.trunkline.importer.ImportLimits;
import io.trunkline.importer.ImportService;

/**
 * A CSV file's upload, its errors, and then its column mapping. The browser refuses files
 * over 20 MB; the server checks everything again when it reads the file.
 */
class CsvUploadPanel extends VerticalLayout {

	static final String TOO_BIG = "The file is larger than 20 MB: split it into smaller files";

	final Upload upload = new Upload();

	final Span error = new Span();

	final CsvMappingPanel mapping = new CsvMappingPanel(this::rejectFile);

	private final ImportService imports;

	CsvUploadPanel(ImportService imports) {
		this.imports = imports;
		setPadding(false);
		this.upload.setUploadHandler(handler(this::received));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(ImportLimits.MAX_BYTES);
		this.upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
		this.upload.setI18n(new UploadI18N().setError(
				new UploadI18N.Error().setFileIsTooBig(TOO_BIG).setIncorrectFileType("Upload a CSV file (.csv)")));
		this.upload.addFileRejectedListener((rejected) -> showError(rejected.getErrorMessage()));
		this.upload.addFileRemovedListener((removed) -> {
			this.mapping.clear();
			showError(null);
		});
		this.upload.setWidthFull();
		this.error.addClassName("field-error");
		this.error.getElement().setAttribute("role", "alert");
		showError(null);
		add(this.upload, this.error, this.mapping);
	}

	/** The mapped rows, or nothing when an error is now shown. */
	Optional<NumbersInput> read() {
		if (!this.mapping.hasFile()) {
			if (!this.error.isVisible()) {
				showError("Upload a CSV file with a header row");
			}
			return Optional.empty();
		}
		return this.mapping.rows().map((rows) -> new NumbersInput(this.mapping.fileName(), rows));
	}

	void showError(String message) {
		this.error.setText((message != null) ? message : "");
		this.error.setVisible(message != null);
	}

	private void received(UploadMetadata file, byte[] bytes) {
		showError(null);
		try {
			this.mapping.show(this.imports.readCsv(file.fileName(), bytes));
		}
		catch (FieldException ex) {
			rejectFile(ex.getMessage());
		}
	}

	/** The file cannot be imported: says why, and lets the person choose another. */
	private void rejectFile(String message) {
		this.mapping.clear();
		this.upload.clearFileList();
		showError(message);
	}

	/** Keeps the file in memory, refusing larger requests than the browser would send. */
	private static InMemoryUploadHandler handler(InMemoryUploadCallback callback) {
		return new InMemoryUploadHandler(callback) {

			@Override
			public long getFileSizeMax() {
				return ImportLimits.MAX_BYTES;
			}

			@Override
			public long getRequestSizeMax() {
				return ImportLimits.MAX_BYTES + 64 * 1024;
			}

		};
	}

}
