package io.trunkline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** The headless system Chromium the tours of a running console walk it with. */
final class TourBrowser {

	static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync");

	private TourBrowser() {
	}

	static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(FLAGS));
	}

	/** A 1400×900 page signed in with a chosen password, on the home view. */
	static Page signedIn(Browser browser, String base, String email, String password, double timeoutMs) {
		Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
		page.setDefaultTimeout(timeoutMs);
		page.navigate(base + "/login");
		BrowserSupport.submitSignIn(page, email, password);
		page.waitForSelector("vaadin-side-nav");
		return page;
	}

	static void shot(Page page, Path folder, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
		System.out.println("Screenshot " + name);
	}

}
