package io.trunkline.importer.ui;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadHandler;

import io.trunkline.base.FieldException;
import io.trunkline.importer.CsvSource;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportUploads;

/**
 * A CSV file's upload, its errors, and then its column mapping. The browser refuses files
 * over the configured size (64 MB unless set); the server reads no more than that and
 * checks everything again.
 */
class CsvUploadPanel extends VerticalLayout {

	final Upload upload = new Upload();

	final Span error = new Span();

	final CsvMappingPanel mapping = new CsvMappingPanel(this::rejectFile);

	private final ImportService imports;

	private final ImportUploads uploads;

	/** The uploaded file on disk, while it is shown; deleted when replaced or removed. */
	private Path file;

	CsvUploadPanel(ImportService imports, ImportUploads uploads) {
		this.imports = imports;
		this.uploads = uploads;
		setPadding(false);
		int maxBytes = imports.limits().maxBytes();
		this.upload.setUploadHandler(handler(uploads, this::received));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(maxBytes);
		this.upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
		this.upload
			.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(imports.limits().fileTooLarge())
				.setIncorrectFileType("Upload a CSV file (.csv)")));
		this.upload.addFileRejectedListener((rejected) -> showError(rejected.getErrorMessage()));
		this.upload.addFileRemovedListener((removed) -> {
			this.mapping.clear();
			discard();
			showError(null);
		});
		this.upload.setWidthFull();
		this.error.addClassName("field-error");
		this.error.getElement().setAttribute("role", "alert");
		showError(null);
		add(this.upload, this.error, this.mapping);
	}

	/** The mapped rows, read from the file, or nothing when an error is now shown. */
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

	/** Deletes the uploaded file, if one is kept. */
	void discard() {
		this.uploads.discard(this.file);
		this.file = null;
	}

	private void received(String fileName, Path received) {
		showError(null);
		discard();
		this.file = received;
		try {
			CsvSource source = this.uploads.read(fileName, received);
			source.check();
			this.mapping.show(source);
		}
		catch (FieldException ex) {
			rejectFile(ex.getMessage());
		}
	}

	/** The file cannot be imported: says why, and lets the person choose another. */
	private void rejectFile(String message) {
		this.mapping.clear();
		discard();
		this.upload.clearFileList();
		showError(message);
	}

	/**
	 * Writes the uploaded file to disk as it arrives ({@link ImportUploads#keep}), and
	 * hands it to the callback on the UI.
	 */
	private static UploadHandler handler(ImportUploads uploads, SerializableBiConsumer<String, Path> callback) {
		return (event) -> {
			Path kept;
			try (InputStream in = event.getInputStream()) {
				kept = uploads.keep(in);
			}
			String fileName = event.getFileName();
			event.getUI().access(() -> callback.accept(fileName, kept));
		};
	}

}
