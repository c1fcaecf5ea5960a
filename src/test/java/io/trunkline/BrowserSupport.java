package io.trunkline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Playwright driving the system's Chromium ({@code TRUNKLINE_CHROMIUM}, default
 * {@code /usr/bin/chromium}); Playwright never downloads a browser. Without Chromium the
 * test class is skipped with a message, unless {@code TRUNKLINE_IT_BROWSER=required},
 * when it fails.
 */
public final class BrowserSupport implements AutoCloseable {

	private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private final Playwright playwright;

	private final Browser browser;

	private BrowserSupport(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static BrowserSupport launch() {
		String configured = System.getenv("TRUNKLINE_CHROMIUM");
		Path chromium = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
		if (!Files.isExecutable(chromium)) {
			String message = "No Chromium at " + chromium + " (install Debian's chromium or set TRUNKLINE_CHROMIUM)";
			if ("required".equalsIgnoreCase(System.getenv("TRUNKLINE_IT_BROWSER"))) {
				Assertions.fail(message + "; TRUNKLINE_IT_BROWSER=required");
			}
			System.err.println("SKIPPED: " + message + ". Set TRUNKLINE_IT_BROWSER=required to fail instead.");
			Assumptions.abort(message + "; skipping browser tests");
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true).setArgs(FLAGS));
		return new BrowserSupport(playwright, browser);
	}

	public Browser browser() {
		return this.browser;
	}

	/**
	 * @return where screenshots go, for a person to look at after the run
	 */
	public static Path screenshot(String name) {
		return Path.of("target", "screenshots", name + ".png");
	}

	/** Fills the sign-in form that is on the page and submits it. */
	public static void submitSignIn(Page page, String email, String password) {
		page.locator("input[name='username']").fill(email);
		page.locator("input[name='password']").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
