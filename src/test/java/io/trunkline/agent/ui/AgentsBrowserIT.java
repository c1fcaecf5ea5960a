package io.trunkline.agent.ui;

import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.trunkline.BrowserSupport;
import io.trunkline.Chromium;
import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The agents grid and an agent's form with its tags in a real Chromium, for an admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:agents-browser;DB_CLOSE_DELAY=-1",
				"trunkline.data-dir=target/agents-browser-data" })
@ActiveProfiles("test")
@Import({ TestAccounts.class, NumberFixtures.class })
class AgentsBrowserIT {

	@RegisterExtension
	static final Chromium browser = new Chromium();

	@LocalServerPort
	private int port;

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private AgentService agents;

	@Test
	void admin_sees_the_agents_and_an_agents_tags() {
		Org org = this.accounts.newOrganization();
		this.accounts.as(org.adminEmail(), () -> {
			AgentCommand command = new AgentCommand();
			command.setName("Support bot");
			command.setDescription("Answers the support line");
			AgentSummary agent = this.agents.create(command);
			this.agents.publishVersion(agent.id());
			agent = this.agents.publishVersion(agent.id());
			AgentCommand tagged = AgentCommand.of(agent);
			tagged.setTags(Map.of("prod", 1, "beta", 2));
			this.agents.update(agent.id(), agent.version(), tagged);
		});
		String password = "browser-admin-password";
		this.accounts.setPassword(org.adminEmail(), password);

		try (BrowserContext context = browser.browser().newContext()) {
			Page page = context.newPage();
			page.setDefaultTimeout(30_000);
			page.navigate(url("/login"));
			BrowserSupport.submitSignIn(page, org.adminEmail(), password);
			assertThat(page.getByText("Welcome,")).isVisible();

			page.navigate(url("/agents"));
			assertThat(
					page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("beta → v2")).first())
				.isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("agents-grid")));

			assertThat(page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Publish version 3 of Support bot")))
				.isVisible();
			page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Support bot")).click();
			assertThat(page.getByText("Latest version: v2")).isVisible();
			assertThat(page.locator("vaadin-dialog-overlay vaadin-button",
					new Page.LocatorOptions().setHasText("Publish")))
				.hasCount(0);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add tag")).click();
			page.screenshot(
					new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("agent-form")).setFullPage(true));
			assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Tag").setExact(true)))
				.hasCount(3);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
