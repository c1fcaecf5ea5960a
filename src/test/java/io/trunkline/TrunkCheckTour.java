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

/**
 * A person opening a trunk in a running console and clicking Check now twice, with a
 * screenshot after each: {@code java -cp ... io.trunkline.TrunkCheckTour <base url>
 * <email> <password> <folder> <trunk name>}.
 */
public final class TrunkCheckTour {

	private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private TrunkCheckTour() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Files.createDirectories(Path.of(args[3]));
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
						.setHeadless(true)
						.setArgs(FLAGS))) {
			Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
			page.setDefaultTimeout(60_000);
			page.navigate(args[0] + "/login");
			BrowserSupport.submitSignIn(page, args[1], args[2]);
			page.waitForSelector("vaadin-side-nav");
			page.navigate(args[0] + "/trunks");
			page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(args[4])).first().click();
			Page.GetByRoleOptions checkNow = new Page.GetByRoleOptions().setName("Check now").setExact(true);
			page.getByRole(AriaRole.BUTTON, checkNow).click();
			page.waitForTimeout(12_000);
			shot(page, folder, "trunk-checked-now");
			page.getByRole(AriaRole.BUTTON, checkNow).click();
			page.waitForTimeout(1500);
			shot(page, folder, "trunk-check-now-again");
			page.navigate(args[0] + "/trunks");
			page.waitForTimeout(1500);
			shot(page, folder, "trunks-after-check");
		}
	}

	private static void shot(Page page, Path folder, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
		System.out.println("Screenshot " + name);
	}

}
