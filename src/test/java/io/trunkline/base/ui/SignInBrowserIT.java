package io.trunkline.base.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.trunkline.BrowserSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The running console in a real Chromium: the bootstrap admin signs in, sees the layout
 * with the organization's name, and signs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/browser-data" })
@ActiveProfiles("test")
class SignInBrowserIT {

	private static BrowserSupport browser;

	@LocalServerPort
	private int port;

	private BrowserContext context;

	private Page page;

	@BeforeAll
	static void launchBrowser() {
		browser = BrowserSupport.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.browser().newContext();
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(30_000);
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

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(this.page).hasURL(url("/login"));
		this.page.navigate(url("/users"));
		assertThat(this.page).hasURL(url("/login"));
	}

	@Test
	void wrong_password_shows_the_generic_message() {
		this.page.navigate(url("/login"));
		signIn("bootstrap-admin@trunkline.test", "not-the-password");
		assertThat(this.page.getByText("The email or password is not correct")).isVisible();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("sign-in-failed")));
	}

	private void signIn(String email, String password) {
		this.page.locator("input[name='username']").fill(email);
		this.page.locator("input[name='password']").fill(password);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
