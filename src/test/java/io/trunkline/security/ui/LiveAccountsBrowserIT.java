package io.trunkline.security.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.trunkline.BrowserSupport;
import io.trunkline.Chromium;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.Role;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two people in two browsers: an agent manager with a number open, and an admin who makes
 * them a viewer who may not sign in. The agent manager's Save stores nothing and ends on
 * the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:live-accounts-browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/live-accounts-browser-data" })
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class })
class LiveAccountsBrowserIT {

	private static final String PASSWORD = "browser-live-accounts";

	@RegisterExtension
	static final Chromium browser = new Chromium();

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private PhoneNumberService numbers;

	@Test
	void agent_manager_demoted_and_disabled_by_an_admin_cannot_save_the_open_number() {
		Org org = this.accounts.newOrganization();
		PhoneNumberDetails number = this.fixtures.number(org, this.fixtures.trunk(org, "Main", "pw"),
				"+1 415 555 2697");
		String manager = this.accounts.addUser(org, Role.AGENT_MANAGER);
		this.accounts.setPassword(manager, PASSWORD);
		this.accounts.setPassword(org.adminEmail(), PASSWORD);

		try (BrowserContext managerBrowser = browser.browser().newContext();
				BrowserContext adminBrowser = browser.browser().newContext()) {
			Page managerPage = signedIn(managerBrowser, manager);
			managerPage.navigate(url("/numbers/" + number.id()));
			managerPage.getByLabel("Display name").fill("Changed after the demotion");

			Page adminPage = signedIn(adminBrowser, org.adminEmail());
			adminPage.navigate(url("/users"));
			adminPage.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(manager)).click();
			adminPage.locator("vaadin-select", new Page.LocatorOptions().setHasText("Agent manager")).click();
			adminPage.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Viewer")).click();
			adminPage.getByLabel("Can sign in").uncheck();
			adminPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(adminPage.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Disabled")))
				.isVisible();

			managerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
			assertThat(managerPage.locator("input[name='username']")).isVisible();
			assertThat(managerPage).hasURL(url("/login"));
			managerPage.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("demoted-save")));
		}
		this.accounts.as(org.adminEmail(), () -> Assertions.assertThat(this.numbers.get(number.id()).displayName())
			.isNotEqualTo("Changed after the demotion"));
	}

	private Page signedIn(BrowserContext context, String email) {
		Page page = context.newPage();
		page.setDefaultTimeout(30_000);
		page.navigate(url("/login"));
		BrowserSupport.submitSignIn(page, email, PASSWORD);
		assertThat(page.getByText("Welcome,")).isVisible();
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
