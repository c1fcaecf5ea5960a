package io.trunkline.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The console's two kinds of toast: done, and could not be done.
 */
public final class Notifications {

	private Notifications() {
	}

	public static void success(String message) {
		Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
		notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	public static void error(String message) {
		Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
