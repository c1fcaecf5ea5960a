package io.trunkline;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person opening a trunk in a running console and clicking Check now twice, with a
 * screenshot after each: {@code java -cp ... io.trunkline.TrunkCheckTour <base url>
 * <email> <password> <folder> <trunk name>}.
 */
public final class TrunkCheckTour {

	private TrunkCheckTour() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Files.createDirectories(Path.of(args[3]));
		try (Playwright playwright = TourBrowser.playwright(); Browser browser = TourBrowser.launch(playwright)) {
			Page page = TourBrowser.signedIn(browser, args[0], args[1], args[2], 60_000);
			page.navigate(args[0] + "/trunks");
			page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(args[4])).first().click();
			Page.GetByRoleOptions checkNow = new Page.GetByRoleOptions().setName("Check now").setExact(true);
			page.getByRole(AriaRole.BUTTON, checkNow).click();
			page.waitForTimeout(12_000);
			TourBrowser.shot(page, folder, "trunk-checked-now");
			page.getByRole(AriaRole.BUTTON, checkNow).click();
			page.waitForTimeout(1500);
			TourBrowser.shot(page, folder, "trunk-check-now-again");
			page.navigate(args[0] + "/trunks");
			page.waitForTimeout(1500);
			TourBrowser.shot(page, folder, "trunks-after-check");
		}
	}

}
