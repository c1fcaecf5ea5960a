package io.trunkline.audit.ui;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.trunkline.BrowserSupport;
import io.trunkline.Chromium;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit view in a real Chromium: an admin signs in through the form, opens the trail
 * and sees their sign-in and a trunk whose name holds markup, shown as text. Ordinary use
 * records no refused request; a refused one is recorded once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:audit-browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/audit-browser-data" })
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class })
class AuditBrowserIT {

	@RegisterExtension
	static final Chromium browser = new Chromium();

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void admin_signs_in_and_reads_the_trail_with_names_shown_as_text() {
		Org org = this.accounts.newOrganization();
		// A name cannot hold a line break any more (@PlainText); the markup must stay
		// text.
		this.fixtures.trunk(org, "Carrier FAKE LOG LINE <img src=x onerror=alert(1)>", "pw");
		String password = "browser-admin-password";
		this.accounts.setPassword(org.adminEmail(), password);

		try (BrowserContext context = browser.browser().newContext()) {
			Page page = context.newPage();
			page.setDefaultTimeout(30_000);
			page.navigate(url("/login"));
			BrowserSupport.submitSignIn(page, org.adminEmail(), password);
			assertThat(page.getByText("Welcome,")).isVisible();

			page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Audit")).click();
			assertThat(page).hasURL(url("/audit"));
			assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Sign-in")))
				.isVisible();
			assertThat(page
				.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("FAKE LOG LINE <img src=x"))
				.first()).isVisible();
			assertThat(page.locator("img[src='x']")).hasCount(0);
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("audit")));
			assertThat(refusals()).isEmpty();

			assertThat(context.request().get(url("/internal/report.txt")).status()).isEqualTo(403);
			assertThat(refusals())
				.containsExactly("[{\"field\":\"target\",\"old\":null,\"new\":\"GET /internal/report.txt\"}]");
		}
	}

	private List<String> refusals() {
		return this.jdbc.queryForList("select changes from audit_entry where action = 'ACCESS_DENIED'", String.class);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
