package io.trunkline.trunk.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import io.trunkline.base.ui.Binders;
import com.vaadin.flow.shared.Registration;

import io.trunkline.base.FieldException;
import io.trunkline.base.ui.ServiceErrors;
import io.trunkline.trunk.CarrierSummary;

/**
 * A carrier's fields bound to its command; its secret is write-only. Fires
 * {@link SaveEvent} when valid; the panel calls the service.
 *
 * @param <S> what the console shows of the carrier
 * @param <C> the command that changes it
 */
public abstract class CarrierForm<S extends CarrierSummary, C> extends FormLayout {

	private final BeanValidationBinder<C> binder;

	private C command;

	protected CarrierForm(Class<C> commandType) {
		this.binder = Binders.of(commandType);
	}

	/**
	 * Binds the subclass's fields; call once they exist, at the end of its constructor.
	 */
	final void bindFields() {
		this.binder.bindInstanceFields(this);
		edit(null);
	}

	/** The command to edit {@code carrier}, or a new one for {@code null}. */
	abstract C commandOf(S carrier);

	/** Shows whether {@code carrier} (or {@code null}) has its secret stored. */
	abstract void showStored(S carrier);

	/**
	 * Shows a carrier to edit, or an empty form for a new one.
	 */
	public void edit(S carrier) {
		this.command = commandOf(carrier);
		this.binder.setBean(this.command);
		showStored(carrier);
	}

	/** Validates and fires {@link SaveEvent} when the form is valid. */
	public void save() {
		if (this.binder.validate().isOk()) {
			fireEvent(new SaveEvent<>(this, this.command));
		}
	}

	public void showError(FieldException ex) {
		ServiceErrors.show(this.binder, ex);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Registration addSaveListener(ComponentEventListener<SaveEvent<C>> listener) {
		return addListener(SaveEvent.class, (ComponentEventListener) listener);
	}

	/** A carrier to save, valid as far as the form can tell. */
	public static final class SaveEvent<C> extends ComponentEvent<CarrierForm<?, C>> {

		private final C command;

		SaveEvent(CarrierForm<?, C> source, C command) {
			super(source, false);
			this.command = command;
		}

		public C getCommand() {
			return this.command;
		}

	}

}
