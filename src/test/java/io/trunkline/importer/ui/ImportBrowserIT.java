package io.trunkline.importer.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.trunkline.BrowserSupport;
import io.trunkline.Chromium;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The import wizard in a real Chromium: a CSV file of about 2000 rows (over 1 MB, with a
 * few invalid and duplicate rows) chosen through the browser's file input, mapped,
 * reviewed, imported with live progress, then shown in the numbers grid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:import-browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/import-browser-data" })
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class })
class ImportBrowserIT {

	static final int UNIQUE = 2000;

	@RegisterExtension
	static final Chromium browser = new Chromium();

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Test
	void admin_uploads_maps_reviews_and_imports_a_large_file() throws IOException {
		Org org = this.accounts.newOrganization();
		this.fixtures.trunk(org, "Carrier A", "pw");
		TrunkSummary carrierB = this.fixtures.trunk(org, "Carrier B", "pw");
		this.fixtures.number(org, carrierB, "+1 415 555 0005");
		String password = "browser-admin-password";
		this.accounts.setPassword(org.adminEmail(), password);
		Path file = writeCsv();
		Assertions.assertTrue(Files.size(file) > 1024 * 1024, "the file is over 1 MB");

		try (BrowserContext context = browser.browser().newContext()) {
			Page page = context.newPage();
			page.setDefaultTimeout(30_000);
			signIn(page, org.adminEmail(), password);
			page.navigate(url("/import"));
			assertThat(page.locator(".wizard-step.current")).hasText("1Numbers");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("import-start")));

			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Upload a CSV file")).click();
			page.locator("vaadin-upload input[type='file']").setInputFiles(file);
			assertThat(page.getByText("File: numbers-2000.csv · 4 columns")).isVisible();
			assertThat(page.getByText("Choose the column that holds the phone numbers").first()).isVisible();
			choose(page, "Phone number", "Telefon");
			assertThat(
					page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("+1 415 555 0000")))
				.isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("import-mapping")));
			page.getByText("First rows").scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("import-mapping-preview")));
			next(page);

			assertThat(page.locator(".wizard-step.current")).hasText("2Trunk");
			Locator trunk = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("SIP trunk"));
			trunk.click();
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Carrier B")).click();
			next(page);
			assertThat(page.locator(".wizard-step.current")).hasText("3Agents");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review")).click();

			assertThat(page.locator(".wizard-step.current")).hasText("4Review");
			assertThat(page.getByText("numbers-2000.csv · 2,005 rows")).isVisible();
			assertThat(count(page, "ready")).hasText("1,999");
			assertThat(count(page, "invalid")).hasText("3");
			assertThat(count(page, "duplicate-in-file")).hasText("2");
			assertThat(count(page, "already-present")).hasText("1");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("import-review")).setFullPage(true));

			page.onConsoleMessage((m) -> {
				if (m.type().equals("error")) {
					System.out.println("CONSOLE " + m.text());
				}
			});
			Locator importButton = page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Import").setExact(true));
			importButton.scrollIntoViewIfNeeded();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("import-review-mode")));
			importButton.click();
			assertThat(page.locator(".import-status")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("import-progress")));
			assertThat(page.getByText("Summary"))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
			page.mouse().move(0, 0);
			assertThat(page.locator(".import-status")).hasText("Done");
			assertThat(page.getByText("1,999 of 1,999 rows done")).isVisible();
			assertThat(page.getByText("Imported: 1,999 numbers")).isVisible();
			assertThat(page.getByText("Skipped: 6 rows, with the reasons below")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("import-summary")));

			page.getByText("Show these numbers").click();
			assertThat(page.getByText("1,999 numbers")).isVisible();
			assertThat(page.locator(".filter-chip")).containsText("only");
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("import-numbers")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the numbers of every import"))
				.click();
			assertThat(page.getByText("2,000 numbers")).isVisible();
		}
	}

	/** 2000 numbers, two repeated, three invalid; a padding column makes it over 1 MB. */
	private static Path writeCsv() throws IOException {
		StringBuilder csv = new StringBuilder("\uFEFFTelefon;Nickname;Notes;Extra\n");
		String padding = "x".repeat(520);
		for (int i = 0; i < UNIQUE; i++) {
			csv.append(String.format("+1 415 555 %04d;Line %d;Imported in the browser test;%s\n", i, i, padding));
			if (i == 10 || i == 11) {
				csv.append(String.format("(415) 555-%04d;Again %d;;\n", i, i));
			}
			if (i % 700 == 0) {
				csv.append("not a number " + i + ";Broken;;\n");
			}
		}
		Path file = Path.of("target", "import-it", "numbers-2000.csv");
		Files.createDirectories(file.getParent());
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		return file;
	}

	private static void choose(Page page, String label, String option) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label)).click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
	}

	private static void next(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
	}

	private static Locator count(Page page, String verdict) {
		return page.locator(".import-counts .count." + verdict + " .count-value");
	}

	private void signIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		BrowserSupport.submitSignIn(page, email, password);
		assertThat(page.getByText("Welcome,")).isVisible();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
