package io.trunkline;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What an organization's admin does to set it up, each step as they would do it in the
 * console and checked by what it then shows.
 */
final class WalkSteps {

	private final ConsolePage admin;

	private final Page page;

	WalkSteps(ConsolePage admin) {
		this.admin = admin;
		this.page = admin.page();
	}

	/** Adds a person in Users; returns the temporary password the console shows once. */
	String addUser(String email, String name, String role) {
		this.admin.nav("Users");
		this.admin.button("Add user").click();
		this.admin.dialogField("Email").fill(email);
		this.admin.dialogField("Name").fill(name);
		this.admin.choose(this.admin.dialogSelect("Role"), role);
		this.admin.shot("add-" + role.toLowerCase().replace(' ', '-'));
		this.admin.expectDone(() -> this.admin.dialogButton("Add user").click(),
				this.page.getByText("Account created"));
		String temporary = this.admin.dialogField("Temporary password").inputValue();
		this.admin.dialogButton("Done").click();
		assertThat(this.admin.cell(email)).isVisible();
		return temporary;
	}

	void addTrunk(String name, String uri) {
		this.admin.nav("Trunks");
		this.admin.button("Add SIP trunk").click();
		this.admin.dialogField("Name").fill(name);
		this.admin.dialogField("Termination URI").fill(uri);
		this.admin.shot("new-trunk");
		this.admin.expectDone(() -> this.admin.dialogButton("Save").click(), this.page.getByText("Saved " + name));
		assertThat(this.admin.cell(uri)).isVisible();
		this.admin.shot("trunks");
	}

	/** Adds an agent and publishes its first version, so numbers can use it. */
	void addAgent(String name) {
		this.admin.nav("Agents");
		this.admin.button("Add agent").click();
		this.admin.dialogField("Name").fill(name);
		this.admin.shot("new-agent");
		this.admin.expectDone(() -> this.admin.dialogButton("Save").click(), this.page.getByText("Saved " + name));
		// publishing is its own action in the list, confirmed by naming the version
		this.admin.button("Publish version 1 of " + name).click();
		this.admin.expectDone(() -> this.admin.button("Publish version 1").click(),
				this.page.getByText("Published version 1 of " + name));
		assertThat(this.admin.cell("v1")).isVisible();
		this.admin.shot("agents");
	}

	/**
	 * Pastes numbers into the import wizard and imports them until it says it is done.
	 */
	void importPasted(List<String> numbers, String trunk) {
		this.admin.nav("Import numbers");
		this.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Paste a list")).click();
		this.admin.field("Numbers, one a line").fill(String.join("\n", numbers));
		this.admin.shot("import-pasted");
		toReview(trunk);
		assertThat(this.page.locator(".import-counts .count.ready .count-value"))
			.hasText(String.valueOf(numbers.size()));
		this.admin.shot("import-review");
		importAndAwait(numbers.size());
		this.admin.shot("import-done");
	}

	/**
	 * Uploads a CSV file through the wizard's file input, as a person picks it, and
	 * imports its ready rows until it says it is done.
	 */
	void importUploaded(Path csv, String trunk, int ready, int invalid) {
		this.admin.nav("Import numbers");
		this.page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Upload a CSV file")).click();
		this.page.locator("vaadin-upload input[type='file']").setInputFiles(csv);
		assertThat(this.page.getByText("First rows")).isVisible();
		this.admin.shot("import-uploaded");
		toReview(trunk);
		assertThat(this.page.locator(".import-counts .count.ready .count-value")).hasText(String.valueOf(ready));
		assertThat(this.page.locator(".import-counts .count.invalid .count-value")).hasText(String.valueOf(invalid));
		this.admin.shot("import-upload-review");
		importAndAwait(ready);
		this.admin.shot("import-upload-done");
	}

	/** From the numbers step through the trunk, which must be chosen, to the review. */
	private void toReview(String trunk) {
		this.admin.button("Next").click();
		assertThat(this.page.locator(".wizard-step.current")).hasText("2Trunk");
		assertThat(this.admin.field("SIP trunk")).hasValue(trunk);
		this.admin.button("Next").click();
		assertThat(this.page.locator(".wizard-step.current")).hasText("3Agents");
		this.admin.button("Review").click();
		assertThat(this.page.locator(".wizard-step.current")).hasText("4Review");
	}

	/** Imports the ready rows and waits until the import says it is done. */
	private void importAndAwait(int imported) {
		this.admin.button("Import").click();
		assertThat(this.page.getByText("Summary"))
			.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		assertThat(this.page.locator(".import-status")).hasText("Done");
		assertThat(this.page.getByText("Imported: " + imported + " numbers")).isVisible();
	}

	/**
	 * Opens a number from the grid, renames it, binds an agent, saves, sees it in the
	 * grid.
	 */
	void editAndBind(String number, String name, String agent) {
		this.admin.nav("Phone numbers");
		this.admin.cell(number).click();
		assertThat(this.page.getByText("Stored as ")).isVisible();
		this.admin.field("Display name").fill(name);
		this.admin.button("Add agent").first().click();
		Locator agentBox = this.page.getByPlaceholder("Agent", new Page.GetByPlaceholderOptions().setExact(true));
		this.admin.choose(agentBox.first(), agent);
		assertThat(this.page.getByText("Total 100.00 %").first()).isVisible();
		this.admin.shot("number-edit");
		this.admin.expectDone(() -> this.admin.button("Save").click(), this.page.getByText("Saved " + number));
		this.page.getByText("Back to numbers").click();
		assertThat(this.admin.cell(name)).isVisible();
		assertThat(this.admin.cell(agent)).isVisible();
		this.admin.shot("numbers-bound");
	}

}
