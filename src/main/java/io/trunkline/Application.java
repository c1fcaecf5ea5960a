package io.trunkline;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Trunkline: the admin console for an organization's own phone numbers, SIP trunks and AI
 * agents. Server push lets a page show work that runs in the background (an import's
 * progress) as it happens. Only the server's messages use the WebSocket: the browser's go
 * as HTTP requests, through the security filters, which check the person's account at
 * each one.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push(transport = Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

	public static void main(String[] args) {
		SpringApplication.run(Application.class, args);
	}

	/** The icon the browser shows in the tab; {@code /favicon.ico} is there too. */
	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addFavIcon("icon", "favicon.svg", "any");
	}

}
