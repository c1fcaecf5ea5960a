package io.trunkline.api;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.trunkline.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in a real Chromium under its Content-Security-Policy: it renders the API's
 * operations without a refused script or style.
 */
@ApiTest
class SwaggerUiBrowserIT {

	@RegisterExtension
	static final Chromium browser = new Chromium();

	@LocalServerPort
	private int port;

	@Test
	void swagger_ui_renders_the_operations_without_policy_violations() {
		try (BrowserContext context = browser.browser().newContext()) {
			Page page = context.newPage();
			List<String> refused = new ArrayList<>();
			page.onConsoleMessage((message) -> {
				if (message.text().contains("Content Security Policy")) {
					refused.add(message.text());
				}
			});
			page.navigate("http://localhost:" + this.port + "/swagger-ui.html");
			assertThat(page.locator(".swagger-ui .info .title")).containsText("Trunkline API");
			assertThat(page.locator(".opblock-summary-path").first()).isVisible();
			assertThat(page.getByText("/api/v1/sip-trunks").first()).isVisible();
			assertThat(page.locator("button.authorize")).isVisible();
			assertThat(refused).isEmpty();
		}
	}

}
