package io.trunkline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person uploading a large CSV file through the packaged console's wizard, with a
 * screenshot of each step for a person to look at: {@code java -cp ...
 * io.trunkline.UploadTour <base url> <email> <password> <folder> <rows> <trunk>}. The
 * password must be a chosen one (walk {@link ScreenshotTour} first).
 */
public final class UploadTour {

	private UploadTour() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Files.createDirectories(Path.of(args[3]));
		int rows = Integer.parseInt(args[4]);
		Path csv = folder.resolve("upload-" + rows + ".csv");
		StringBuilder text = new StringBuilder("phone,label\n");
		for (int i = 0; i < rows; i++) {
			text.append("+1 332 ").append(2_000_000 + i).append(",Upload ").append(i).append('\n');
		}
		Files.writeString(csv, text);
		try (Playwright playwright = TourBrowser.playwright(); Browser browser = TourBrowser.launch(playwright)) {
			Page page = TourBrowser.signedIn(browser, args[0], args[1], args[2], 300_000);
			page.navigate(args[0] + "/import");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Upload a CSV file")).click();
			page.locator("vaadin-upload input[type='file']").setInputFiles(csv);
			page.getByText("First rows").waitFor();
			page.waitForTimeout(1000);
			TourBrowser.shot(page, folder, "upload-mapping");
			button(page, "Next").click();
			page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("SIP trunk")).click();
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(args[5])).click();
			button(page, "Next").click();
			page.waitForTimeout(500);
			button(page, "Review").click();
			page.waitForTimeout(1500);
			TourBrowser.shot(page, folder, "upload-checking");
			page.waitForSelector(".review-grid");
			page.waitForTimeout(1500);
			TourBrowser.shot(page, folder, "upload-review");
			page.locator(".review-grid").evaluate("grid => grid.scrollToIndex(" + (rows - 5) + ")");
			page.waitForTimeout(1500);
			TourBrowser.shot(page, folder, "upload-review-end");
			button(page, "Import").click();
			page.getByText("Summary").first().waitFor();
			page.waitForTimeout(1500);
			TourBrowser.shot(page, folder, "upload-summary");
			System.out.println("Summary: " + page.locator(".summary-imported").innerText());
		}
	}

	private static com.microsoft.playwright.Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
