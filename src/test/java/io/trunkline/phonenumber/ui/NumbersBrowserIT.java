package io.trunkline.phonenumber.ui;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;

import io.trunkline.BrowserSupport;
import io.trunkline.Chromium;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The numbers grid, a number's form and the trunks view in a real Chromium, for an admin
 * whose organization has a few numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:numbers-browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/numbers-browser-data" })
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class })
class NumbersBrowserIT {

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
	void admin_filters_the_grid_opens_a_number_and_sees_the_trunks() {
		Org org = this.accounts.newOrganization();
		TrunkSummary main = this.fixtures.trunk(org, "Carrier A", "pw");
		TrunkSummary backup = this.fixtures.trunk(org, "Carrier B", "pw");
		this.fixtures.number(org, main, "(415) 555-2671");
		this.fixtures.number(org, main, "+1 212 555 0142");
		this.fixtures.number(org, backup, "+44 20 7946 0958");
		AgentSummary ava = this.fixtures.agent(org, "Ava", 2);
		AgentSummary ben = this.fixtures.agent(org, "Ben", 1);
		this.accounts.as(org.adminEmail(), () -> {
			PhoneNumberCommand named = NumberFixtures.command(main, "+1 646 555 0199");
			named.setDisplayName("Support line");
			named.setInboundAgents(
					List.of(new BindingLine(ava.id(), "latest", 7000), new BindingLine(ben.id(), "1", 3000)));
			named.setOutboundAgents(List.of(new BindingLine(ben.id(), "latest", 10000)));
			this.numbers.create(named);
		});
		String password = "browser-admin-password";
		this.accounts.setPassword(org.adminEmail(), password);

		try (BrowserContext context = browser.browser().newContext()) {
			Page page = context.newPage();
			page.setDefaultTimeout(30_000);
			page.navigate(url("/login"));
			BrowserSupport.submitSignIn(page, org.adminEmail(), password);
			assertThat(page.getByText("Welcome,")).isVisible();

			page.navigate(url("/numbers"));
			assertThat(page.getByText("4 numbers")).isVisible();
			assertThat(page.locator("vaadin-grid-cell-content",
					new Page.LocatorOptions().setHasText("Ava 70.00 %, Ben 30.00 %")))
				.isVisible();
			assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("+1 415-555-2671"))
				.first()).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("numbers-grid")));

			page.locator("input[placeholder='Number or name']").fill("(646) 555");
			assertThat(page.getByText("1 number", new Page.GetByTextOptions().setExact(true))).isVisible();
			page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Support line")).click();
			assertThat(page.getByText("Stored as +16465550199")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("number-form")));
			page.getByText("Inbound agents", new Page.GetByTextOptions().setExact(true)).scrollIntoViewIfNeeded();
			assertThat(page.getByText("Total 100.00 %").first()).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("number-form-agents")));

			page.navigate(url("/trunks"));
			assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Carrier B")))
				.isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("trunks")));
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
