package io.trunkline.agent.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import io.trunkline.agent.VersionRef;

/**
 * An agent's tags, one row each: the tag's name and the published version it points to.
 * Rows with a blank name are left out of the value.
 */
class TagEditor extends CustomField<Map<String, Integer>> {

	final VerticalLayout rows = new VerticalLayout();

	final Button add = new Button("Add tag", VaadinIcon.PLUS.create(), (click) -> addRow(null, latest()));

	private List<Integer> published = List.of();

	TagEditor() {
		super(Map.of());
		setLabel("Tags");
		this.rows.setPadding(false);
		this.rows.setSpacing(false);
		this.add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		add(this.rows, this.add);
		setPublished(0);
	}

	/** Offers versions 1 to {@code latestVersion}; with none, no tag can be added. */
	void setPublished(int latestVersion) {
		this.published = IntStream.rangeClosed(1, latestVersion).boxed().toList();
		this.rows.getChildren().map(Row.class::cast).forEach(Row::offer);
		this.add.setEnabled(latestVersion > 0);
		setHelperText((latestVersion > 0) ? "Lowercase names such as prod; latest needs no tag"
				: "Publish a version to tag it");
	}

	/** A new tag points at the latest version until the person picks another. */
	private Integer latest() {
		return this.published.isEmpty() ? null : this.published.get(this.published.size() - 1);
	}

	/** Whether two rows have the same name (a map holds one). */
	boolean hasDuplicateNames() {
		List<String> names = rows().stream().map(Row::name).filter((name) -> !name.isEmpty()).toList();
		return names.size() != names.stream().distinct().count();
	}

	List<Row> rows() {
		return this.rows.getChildren().map(Row.class::cast).toList();
	}

	@Override
	protected Map<String, Integer> generateModelValue() {
		Map<String, Integer> tags = new LinkedHashMap<>();
		rows().stream()
			.filter((row) -> !row.name().isEmpty())
			.forEach((row) -> tags.put(row.name(), row.version.getValue()));
		return tags;
	}

	@Override
	protected void setPresentationValue(Map<String, Integer> tags) {
		this.rows.removeAll();
		if (tags != null) {
			tags.forEach(this::addRow);
		}
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		super.setReadOnly(readOnly);
		this.add.setVisible(!readOnly);
		rows().forEach((row) -> row.setReadOnly(readOnly));
	}

	private void addRow(String name, Integer version) {
		Row row = new Row(name, version);
		row.setReadOnly(isReadOnly());
		this.rows.add(row);
	}

	/** One tag: its name, its version, and a button that removes it. */
	final class Row extends HorizontalLayout {

		final TextField name = new TextField("Tag");

		final Select<Integer> version = new Select<>();

		final Button remove = new Button(VaadinIcon.TRASH.create());

		Row(String name, Integer version) {
			this.name.setMaxLength(VersionRef.TAG_MAX_LENGTH);
			this.name.setPlaceholder("prod");
			this.name.setValue((name != null) ? name : "");
			this.version.setLabel("Version");
			this.version.setItemLabelGenerator((number) -> "v" + number);
			offer();
			this.version.setValue(version);
			this.remove.setAriaLabel("Remove tag");
			this.remove.setTooltipText("Remove tag");
			this.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
			this.remove.addClickListener((click) -> {
				TagEditor.this.rows.remove(this);
				updateValue();
			});
			this.name.addValueChangeListener((change) -> updateValue());
			this.version.addValueChangeListener((change) -> updateValue());
			setAlignItems(FlexComponent.Alignment.END);
			add(this.name, this.version, this.remove);
		}

		String name() {
			return this.name.getValue().strip();
		}

		void offer() {
			Integer chosen = this.version.getValue();
			this.version.setItems(TagEditor.this.published);
			this.version.setValue((chosen != null && TagEditor.this.published.contains(chosen)) ? chosen : null);
		}

		void setReadOnly(boolean readOnly) {
			this.name.setReadOnly(readOnly);
			this.version.setReadOnly(readOnly);
			this.remove.setVisible(!readOnly);
		}

	}

}
