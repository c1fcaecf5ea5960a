package io.trunkline.audit.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditFilter;
import io.trunkline.base.ui.PlainFilterText;

/**
 * The trail's filters: user (the start of their email), action, kind of record, and a
 * range of days in UTC (both days included). Calls back with a new {@link AuditFilter}
 * whenever one changes.
 */
class AuditFilters extends HorizontalLayout {

	final TextField user = new TextField("User");

	final ComboBox<AuditAction> action = new ComboBox<>("Action");

	final ComboBox<AuditEntityType> entityType = new ComboBox<>("Entity");

	final DatePicker from = new DatePicker("From (UTC)");

	final DatePicker to = new DatePicker("To (UTC)");

	private final PlainFilterText plainUser = new PlainFilterText(this.user);

	AuditFilters(Consumer<AuditFilter> onChange) {
		setAlignItems(FlexComponent.Alignment.BASELINE);
		setWrap(true);
		this.user.setPlaceholder("Email starts with");
		this.user.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.user.setClearButtonVisible(true);
		this.user.setValueChangeMode(ValueChangeMode.LAZY);
		this.action.setItems(AuditAction.values());
		this.action.setItemLabelGenerator(AuditAction::label);
		this.action.setClearButtonVisible(true);
		this.entityType.setItems(AuditEntityType.values());
		this.entityType.setItemLabelGenerator(AuditEntityType::label);
		this.entityType.setClearButtonVisible(true);
		this.from.setClearButtonVisible(true);
		this.to.setClearButtonVisible(true);
		this.user.addValueChangeListener((e) -> onChange.accept(filter()));
		this.action.addValueChangeListener((e) -> onChange.accept(filter()));
		this.entityType.addValueChangeListener((e) -> onChange.accept(filter()));
		this.from.addValueChangeListener((e) -> onChange.accept(filter()));
		this.to.addValueChangeListener((e) -> onChange.accept(filter()));
		// one row beside the menu at 1280 px
		this.user.setWidth("12rem");
		this.action.setWidth("10rem");
		this.entityType.setWidth("10rem");
		this.from.setWidth("9.5rem");
		this.to.setWidth("9.5rem");
		add(this.user, this.action, this.entityType, this.from, this.to);
	}

	AuditFilter filter() {
		LocalDate first = this.from.getValue();
		LocalDate last = this.to.getValue();
		return new AuditFilter(this.plainUser.value(), this.action.getValue(), this.entityType.getValue(),
				(first != null) ? first.atStartOfDay(ZoneOffset.UTC).toInstant() : null,
				(last != null) ? last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : null);
	}

}
