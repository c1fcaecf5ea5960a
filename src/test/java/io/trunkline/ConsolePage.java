package io.trunkline;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assertions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One person's tab in the console, driven as they would: fields by their labels, buttons
 * by their text, numbered screenshots of each step in {@code target/screenshots/}.
 */
public final class ConsolePage {

	private static final AtomicInteger SHOTS = new AtomicInteger();

	private final Page page;

	private final PackagedConsole console;

	private final String who;

	public ConsolePage(Page page, PackagedConsole console, String who) {
		this.page = page;
		this.console = console;
		this.who = who;
		page.setDefaultTimeout(20_000);
	}

	public Page page() {
		return this.page;
	}

	public void open(String path) {
		this.page.navigate(this.console.url(path));
	}

	/** Saves a screenshot named after the step, numbered in the order taken. */
	public void shot(String step) {
		String name = String.format("jar-%02d-%s-%s", SHOTS.incrementAndGet(), this.who, step);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot(name)).setFullPage(true));
	}

	/**
	 * Signs in with a temporary password and chooses a new one where the console sends
	 * them, then sees the home view.
	 */
	public void signInChangingPassword(String email, String temporary, String chosen, String name) {
		open("/login");
		BrowserSupport.submitSignIn(this.page, email, temporary);
		assertThat(this.page.getByText("You signed in with a temporary password")).isVisible();
		shot("must-change-password");
		field("Current password").fill(temporary);
		field("New password").fill(chosen);
		field("Repeat the new password").fill(chosen);
		expectDone(() -> button("Change password").click(), this.page.getByText("Welcome, " + name));
		shot("signed-in");
	}

	public void nav(String view) {
		this.page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(view)).click();
		assertThat(this.page).hasTitle(view);
	}

	public Locator field(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	public Locator button(String text) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(text).setExact(true));
	}

	public Locator dialog() {
		return this.page.getByRole(AriaRole.DIALOG);
	}

	public Locator dialogButton(String text) {
		return dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(text).setExact(true));
	}

	/** A select's button, named by its label and its value. */
	public Locator dialogSelect(String label) {
		return dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(label));
	}

	public Locator dialogField(String label) {
		return dialog().getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
	}

	/** Opens a select or combo box by its label and picks an option by its text. */
	public void choose(Locator box, String option) {
		box.click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
	}

	/** The first grid cell with the text (a number's name defaults to its number). */
	public Locator cell(String text) {
		return cells(text).first();
	}

	public Locator cells(String text) {
		return this.page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
	}

	/**
	 * Does something and waits for what success shows; when the console shows a field
	 * error or an error notification instead, fails with its words.
	 */
	public void expectDone(Runnable action, Locator success) {
		action.run();
		Locator refusal = this.page.locator("[invalid] [slot='error-message']")
			.or(this.page.locator("vaadin-notification-card[theme~='error']"))
			.or(this.page.locator(".form-message, .field-error"))
			.filter(new Locator.FilterOptions().setVisible(true));
		try {
			assertThat(success.filter(new Locator.FilterOptions().setVisible(true)).or(refusal).first())
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
		}
		catch (AssertionError ex) {
			shot("no-answer");
			Assertions.fail(this.who + " expected " + success + " but the console showed none of it; notifications: "
					+ this.page.locator("vaadin-notification-card").allInnerTexts(), ex);
		}
		if (!success.first().isVisible()) {
			shot("refused");
			List<String> words = refusal.allInnerTexts().stream().filter((text) -> !text.isBlank()).toList();
			Assertions.fail(this.who + " expected " + success + " but the console said: " + words);
		}
	}

}
