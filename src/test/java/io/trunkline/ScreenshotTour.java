package io.trunkline;

import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * A walk through the packaged console (1400×900 unless told) that leaves a screenshot of
 * each view for a person to look at:
 * {@code java -cp ... io.trunkline.ScreenshotTour <base url> <email>
 * <password> <folder> [all|numbers|look] [1280x800]}. It fills an empty organization
 * through the UI as it goes ("all", once per data folder); "look" only looks.
 */
public final class ScreenshotTour {

	private final Page page;

	private final String base;

	private final Path folder;

	private final int width;

	private final int height;

	private ScreenshotTour(Page page, String base, Path folder, int width, int height) {
		this.page = page;
		this.base = base;
		this.folder = folder;
		this.width = width;
		this.height = height;
	}

	public static void main(String[] args) {
		String[] size = ((args.length < 6) ? "1400x900" : args[5]).split("x");
		int width = Integer.parseInt(size[0]);
		int height = Integer.parseInt(size[1]);
		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
				Browser browser = playwright.chromium()
					.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
						.setHeadless(true)
						.setArgs(TourBrowser.FLAGS));
				BrowserContext context = browser
					.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
			Page page = context.newPage();
			page.setDefaultTimeout(60_000);
			ScreenshotTour tour = new ScreenshotTour(page, args[0], Path.of(args[3]), width, height);
			tour.walk(args[1], args[2], (args.length < 5) ? "all" : args[4]);
			tour.forcedPasswordChange(browser);
		}
	}

	/**
	 * @param from "all" fills the organization first (once per data folder), "numbers"
	 * edits a number, anything else only looks
	 */
	private void walk(String email, String password, String from) {
		open("/login");
		BrowserSupport.submitSignIn(this.page, email, password);
		this.page.waitForSelector("vaadin-side-nav, vaadin-password-field");
		if (this.page.getByText("You signed in with a temporary password").isVisible()) {
			shot("must-change-password");
			String chosen = password + "-tour";
			label("Current password").fill(password);
			label("New password").fill(chosen);
			label("Repeat the new password").fill(chosen);
			button("Change password").click();
			System.out.println("Temporary password changed; the password is now " + chosen);
		}
		this.page.waitForSelector("vaadin-side-nav");
		System.out.println("After sign-in: " + this.page.url());
		shot("home");
		if (from.equals("all")) {
			trunks();
			agents();
			importNumbers();
			numbers();
		}
		else if (from.equals("numbers")) {
			numbers();
		}
		else {
			open("/trunks");
			cell("Probe 3").waitFor();
			shot("trunks");
			open("/agents");
			cell("Support").waitFor();
			shot("agents");
			open("/numbers");
			cell("+1 415-555-10").waitFor();
			shot("numbers");
			columns();
		}
		audit();
	}

	private void trunks() {
		open("/trunks");
		for (String name : new String[] { "Probe 12", "Probe 3", "Probe 10", "Probe 11" }) {
			button("Add SIP trunk").click();
			this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
			this.page.getByLabel("Termination URI").fill("sip:" + name.replace(" ", "").toLowerCase() + ".example.com");
			button("Save").click();
			this.page.waitForTimeout(600);
		}
		shot("trunks");
	}

	private void agents() {
		open("/agents");
		for (String name : new String[] { "Support", "Sales" }) {
			button("Add agent").click();
			this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
			button("Save").click();
			this.page.waitForTimeout(600);
		}
		button("Publish version 1 of Support").click();
		this.page.waitForTimeout(500);
		shot("agents-publish-confirm");
		button("Publish version 1").click();
		this.page.waitForTimeout(600);
		button("Publish version 1 of Sales").click();
		button("Publish version 1").click();
		this.page.waitForTimeout(600);
		shot("agents");
		cell("Support").click();
		button("Add tag").click();
		this.page.waitForTimeout(400);
		shot("agent-dialog");
		button("Cancel").click();
	}

	private void importNumbers() {
		open("/import");
		this.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Paste a list")).click();
		StringJoiner lines = new StringJoiner("\n");
		for (int i = 0; i < 40; i++) {
			lines.add("+1 415 555 " + (1000 + i));
		}
		lines.add("not a number at all, with a reason that is long enough to wrap in the grid");
		lines.add("+1 415 555 1000");
		lines.add("+1 999 555 0000");
		this.page.getByLabel("Numbers, one a line").fill(lines.toString());
		button("Next").click();
		Locator trunk = this.page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("SIP trunk"));
		trunk.click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Probe 3")).click();
		button("Next").click();
		this.page.waitForTimeout(500);
		button("Review").click();
		this.page.waitForSelector(".review-grid");
		this.page.waitForTimeout(1500);
		shot("import-review");
		this.page.locator("vaadin-select").first().click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Invalid")).click();
		this.page.waitForTimeout(800);
		shot("import-review-invalid");
		this.page.keyboard().press("Escape");
		button("Import").click();
		this.page.getByText("Summary").first().waitFor();
		this.page.waitForTimeout(2000);
		shot("import-summary");
	}

	private void numbers() {
		open("/numbers");
		cell("+1 415-555-10").waitFor();
		shot("numbers");
		cell("+1 415-555-10").click();
		this.page.waitForTimeout(1000);
		button("Add agent").first().click();
		Locator agent = this.page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent 1")).first();
		agent.click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Support")).click();
		button("Add agent").first().click();
		Locator second = this.page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Agent 2")).first();
		second.click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Sales")).click();
		this.page.waitForTimeout(400);
		this.page.getByText("Inbound agents").first().scrollIntoViewIfNeeded();
		shot("number-agents");
		button("Save").click();
		this.page.waitForTimeout(1000);
		this.page.locator("h2").first().scrollIntoViewIfNeeded();
		shot("number-page");
		columns();
	}

	private void columns() {
		open("/numbers");
		cell("+1 415-555-10").waitFor();
		button("Choose columns").click();
		this.page.waitForTimeout(500);
		shot("numbers-columns-menu");
		this.page.getByText("Agents changed (UTC)").click();
		this.page.keyboard().press("Escape");
		this.page.waitForTimeout(800);
		shot("numbers-agents-changed");
	}

	/**
	 * A new person's first sign-in, with a temporary password, in a browser of its own.
	 */
	private void forcedPasswordChange(Browser browser) {
		open("/users");
		shot("users");
		String email = "new-person-" + this.width + "-" + System.currentTimeMillis() % 100000 + "@example.com";
		button("Add user").first().click();
		Locator dialog = this.page.getByRole(AriaRole.DIALOG);
		dialog.getByLabel("Email").fill(email);
		dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("New Person");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add user")).click();
		String password = this.page.getByLabel("Temporary password").inputValue();
		shot("users-temporary-password");
		button("Done").click();
		try (BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(this.width, this.height))) {
			Page other = context.newPage();
			other.navigate(this.base + "/login");
			BrowserSupport.submitSignIn(other, email, password);
			other.getByLabel("Current password").waitFor();
			other.waitForTimeout(800);
			other.screenshot(new Page.ScreenshotOptions().setPath(this.folder.resolve("forced-password.png")));
			System.out.println("Screenshot forced-password at " + other.url());
		}
	}

	private void audit() {
		open("/audit");
		this.page.waitForTimeout(1500);
		shot("audit");
		// on a data folder walked before, the agents' entries have scrolled down: the
		// newest creation
		Locator agent = cell("Agent Support");
		(agent.isVisible() ? agent : cell("Create")).click();
		this.page.waitForTimeout(800);
		shot("audit-entry");
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator label(String text) {
		return this.page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
	}

	private Locator cell(String text) {
		return this.page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first();
	}

	private void open(String path) {
		this.page.navigate(this.base + path);
		this.page.waitForLoadState();
		this.page.waitForTimeout(800);
	}

	private void shot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(this.folder.resolve(name + ".png")));
		System.out.println("Screenshot " + name);
	}

}
