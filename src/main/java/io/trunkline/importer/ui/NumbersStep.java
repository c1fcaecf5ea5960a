package io.trunkline.importer.ui;

import io.trunkline.organization.Regions;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.trunkline.base.FieldException;
import io.trunkline.importer.ImportRow;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportUploads;
import io.trunkline.importer.RowSource;
import io.trunkline.phonenumber.PhoneNumberCommand;

/** Step 1: one typed number, a pasted list, or an uploaded CSV file. */
class NumbersStep extends VerticalLayout {

	static final String TYPED = "Typed number";

	static final String PASTED = "Pasted list";

	final TabSheet ways = new TabSheet();

	final Tab typeTab;

	final Tab pasteTab;

	final Tab uploadTab;

	final TextField number = new TextField("Phone number");

	final TextField name = new TextField("Name");

	final TextArea pasted = new TextArea("Numbers, one a line");

	final CsvUploadPanel upload;

	private final ImportService imports;

	NumbersStep(ImportService imports, ImportUploads uploads, String region) {
		this.imports = imports;
		setPadding(false);
		this.upload = new CsvUploadPanel(imports, uploads);
		this.number.setMaxLength(PhoneNumberCommand.NUMBER_MAX);
		this.number.setRequiredIndicatorVisible(true);
		this.number.setHelperText(
				"Any format, also a tel: link; without a country code it is read as " + Regions.aNumberOf(region));
		this.name.setMaxLength(PhoneNumberCommand.NAME_MAX);
		this.name.setHelperText("Optional; left empty, the number's international form");
		FormLayout typed = new FormLayout(this.number, this.name);
		typed.setMaxWidth("40rem");
		this.pasted.setWidthFull();
		this.pasted.setMinHeight("12rem");
		this.pasted.setHelperText("Any format, also tel: links, one number a line; without a country code a number "
				+ "is read as " + Regions.aNumberOf(region) + ". Blank lines are skipped.");
		this.typeTab = this.ways.add("Type one number", typed);
		this.pasteTab = this.ways.add("Paste a list", this.pasted);
		this.uploadTab = this.ways.add("Upload a CSV file", this.upload);
		this.ways.setWidthFull();
		add(this.ways);
	}

	/** The rows of the chosen way, or nothing when an error is now shown at its field. */
	Optional<NumbersInput> read() {
		Tab selected = this.ways.getSelectedTab();
		if (selected == this.pasteTab) {
			return readPasted();
		}
		if (selected == this.uploadTab) {
			return this.upload.read();
		}
		return readTyped();
	}

	/** Shows an error of the service about the rows at the field of the chosen way. */
	void showError(String message) {
		Tab selected = this.ways.getSelectedTab();
		if (selected == this.uploadTab) {
			this.upload.showError(message);
		}
		else {
			setError((selected == this.pasteTab) ? this.pasted : this.number, message);
		}
	}

	private Optional<NumbersInput> readTyped() {
		try {
			this.imports.checkNumber(this.number.getValue());
		}
		catch (FieldException ex) {
			setError(this.number, ex.getMessage());
			return Optional.empty();
		}
		setError(this.number, null);
		String shownName = this.name.getValue().isBlank() ? null : this.name.getValue().strip();
		return Optional.of(new NumbersInput(TYPED, RowSource
			.of(List.of(new ImportRow(1, this.number.getValue().strip(), shownName, null, null, null, null)))));
	}

	private Optional<NumbersInput> readPasted() {
		try {
			List<ImportRow> rows = this.imports.readPasted(this.pasted.getValue());
			setError(this.pasted, null);
			return Optional.of(new NumbersInput(PASTED, RowSource.of(rows)));
		}
		catch (FieldException ex) {
			setError(this.pasted, ex.getMessage());
			return Optional.empty();
		}
	}

	private static void setError(HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(message != null);
	}

}
