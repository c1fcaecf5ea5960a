package io.trunkline.base.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import io.trunkline.BrowserSupport;
import io.trunkline.Chromium;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The running console in a real Chromium: the bootstrap admin signs in, sees the layout
 * with the organization's name, and signs out; every view works under the
 * Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/browser-data" })
@ActiveProfiles("test")
class SignInBrowserIT {

	@RegisterExtension
	static final Chromium browser = new Chromium();

	@LocalServerPort
	private int port;

	private BrowserContext context;

	private Page page;

	private final List<String> console = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openPage() {
		this.context = browser.browser().newContext();
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(30_000);
		// Chromium reports what the policy blocks on the console; the event also covers
		// eval.
		this.page.addInitScript("document.addEventListener('securitypolicyviolation', (e) => "
				+ "console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
		this.page.onConsoleMessage((message) -> this.console.add(message.type() + ": " + message.text()));
		this.page.onPageError((error) -> this.console.add("page error: " + error));
	}

	@AfterEach
	void closePage() {
		this.context.close();
	}

	@Test
	void bootstrap_admin_signs_in_sees_the_console_and_signs_out() {
		this.page.navigate(url("/"));
		assertThat(this.page).hasURL(url("/login"));
		this.page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("sign-in")));
		signIn("bootstrap-admin@trunkline.test", "bootstrap-admin-password");

		assertThat(this.page.getByText("Welcome, Administrator")).isVisible();
		assertThat(this.page.locator(".organization-name")).hasText("Bootstrap Org");
		assertThat(this.page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")))
			.isVisible();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("main-layout")));

		this.page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Users")).click();
		assertThat(this.page.locator("vaadin-grid-cell-content",
				new Page.LocatorOptions().setHasText("bootstrap-admin@trunkline.test")))
			.isVisible();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
		assertThat(this.page.locator("vaadin-dialog-overlay")).isVisible();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("users-add")));
		this.page.keyboard().press("Escape");

		String session = sessionCookie();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(this.page).hasURL(url("/login"));
		this.page.navigate(url("/users"));
		assertThat(this.page).hasURL(url("/login"));
		Assertions.assertThat(statusWithCookie("/users", session))
			.as("the old session after signing out")
			.isEqualTo(302);
	}

	@Test
	void every_view_works_under_the_content_security_policy() {
		Response response = this.page.navigate(url("/login"));
		Assertions.assertThat(response.headerValue("content-security-policy")).contains("frame-ancestors 'none'");
		signIn("bootstrap-admin@trunkline.test", "bootstrap-admin-password");
		assertThat(this.page.getByText("Welcome, Administrator")).isVisible();

		for (String view : List.of("Phone numbers", "Agents", "Trunks", "Users", "Organizations", "Home")) {
			this.page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(view)).click();
			assertThat(this.page).hasTitle(view);
			assertThat(this.page.locator("vaadin-app-layout")).isVisible();
			this.page.waitForLoadState(LoadState.NETWORKIDLE);
		}
		this.page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Phone numbers")).click();
		assertThat(this.page.locator("vaadin-grid")).isVisible();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("csp-numbers")));

		Assertions.assertThat(this.console)
			.noneMatch((line) -> line.contains("Content Security Policy") || line.contains("CSP violation")
					|| line.startsWith("page error"));
	}

	@Test
	void wrong_password_shows_the_generic_message() {
		this.page.navigate(url("/login"));
		signIn("bootstrap-admin@trunkline.test", "not-the-password");
		assertThat(this.page.getByText("The email or password is not correct")).isVisible();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("sign-in-failed")));
	}

	private void signIn(String email, String password) {
		BrowserSupport.submitSignIn(this.page, email, password);
	}

	private String sessionCookie() {
		return this.context.cookies()
			.stream()
			.filter((cookie) -> cookie.name.equals("JSESSIONID"))
			.findFirst()
			.orElseThrow().value;
	}

	private int statusWithCookie(String path, String session) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Cookie", "JSESSIONID=" + session)
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
