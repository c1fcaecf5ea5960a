package io.trunkline.importer.ui;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import io.trunkline.agent.AgentService;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.ViewDescription;
import io.trunkline.importer.ImportMode;
import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportSettings;
import io.trunkline.importer.ImportUploads;
import io.trunkline.organization.OrganizationService;
import io.trunkline.security.Roles;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TwilioIntegrationService;

/**
 * The guided import: numbers, trunk, agents, then the dry run to review. Next checks the
 * step; the import itself runs in the background, followed on {@link ImportProgressView}.
 * The reviewed plan is stored; this view holds its handle and, for going back, where the
 * rows came from (an uploaded file stays on disk, not in the session).
 */
@Route("import")
@PageTitle("Import numbers")
@Menu(order = 15, title = "Import numbers", icon = "vaadin:upload")
@ViewDescription("Type one number, paste a list or upload a CSV file; review every row, then import.")
@RolesAllowed({ Roles.ADMIN, Roles.AGENT_MANAGER })
public class ImportWizardView extends VerticalLayout {

	static final int NUMBERS = 0;

	static final int CARRIER = 1;

	static final int AGENTS = 2;

	static final int REVIEW = 3;

	final StepIndicator steps = new StepIndicator("Numbers", "Trunk", "Agents", "Review");

	final NumbersStep numbers;

	final CarrierStep carrier;

	final AgentsStep agents;

	final ReviewStep review;

	final Button back = new Button("Back", VaadinIcon.ARROW_LEFT.create());

	final Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create());

	/**
	 * From this many rows the dry run runs in the background, showing the rows checked.
	 */
	static final int BACKGROUND_FROM = 2_000;

	final CheckingRows checking = new CheckingRows();

	private final ImportService imports;

	private final RefreshTicker ticker;

	private NumbersInput input;

	private int current;

	ImportWizardView(ImportService imports, ImportUploads uploads, TrunkService trunks,
			TwilioIntegrationService integrations, AgentService agentService, OrganizationService organizations,
			AuthenticationContext authentication, RefreshTicker ticker) {
		this.imports = imports;
		this.ticker = ticker;
		addClassName("import-wizard");
		this.numbers = new NumbersStep(imports, uploads, organizations.current().defaultRegion());
		// an uploaded file is kept on disk only while the wizard is open
		addDetachListener((detach) -> this.numbers.upload.discard());
		this.carrier = new CarrierStep(trunks, integrations.list(), authentication.hasRole(Roles.ADMIN));
		this.agents = new AgentsStep(agentService.list());
		this.review = new ReviewStep(this::start);
		this.back.addClickListener((click) -> show(this.current - 1));
		this.next.setDisableOnClick(true);
		this.next.addClickListener((click) -> next());
		showChecking(false);
		this.next.setIconAfterText(true);
		this.next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		HorizontalLayout buttons = new HorizontalLayout(this.back, this.next, this.review.importButton);
		buttons.addClassName("wizard-buttons");
		add(new UnfinishedImports(imports.unfinished()), this.steps, this.numbers, this.carrier, this.agents,
				this.review, this.checking, buttons);
		show(NUMBERS);
	}

	private void next() {
		try {
			step();
		}
		finally {
			this.next.setEnabled(!this.checking.isVisible());
		}
	}

	private void step() {
		switch (this.current) {
			case NUMBERS -> this.numbers.read().ifPresent((read) -> {
				this.input = read;
				this.carrier.describe(read);
				this.agents.describe(read);
				show(CARRIER);
			});
			case CARRIER -> {
				if (this.carrier.check()) {
					show(AGENTS);
				}
			}
			case AGENTS -> plan();
			default -> {
			}
		}
	}

	private void plan() {
		this.agents.clearErrors();
		ImportSettings settings = new ImportSettings(this.carrier.provider(), this.carrier.sipTrunkId(),
				this.carrier.twilioIntegrationId(), this.agents.inbound(), this.agents.outbound());
		if (this.input.rows().size() >= BACKGROUND_FROM) {
			planInBackground(settings);
			return;
		}
		try {
			this.review
				.show(this.imports.plan(this.input.sourceName(), this.input.rows(), settings, new AtomicInteger()));
			show(REVIEW);
		}
		catch (FieldException ex) {
			showErrors(ex);
		}
	}

	/**
	 * A large dry run takes seconds: it runs in the background while Review and Back stay
	 * disabled.
	 */
	private void planInBackground(ImportSettings settings) {
		NumbersInput planned = this.input;
		showChecking(true);
		this.checking.run(this.ticker, planned.rows().size(),
				(checked) -> this.imports.plan(planned.sourceName(), planned.rows(), settings, checked), (plan) -> {
					this.review.show(plan);
					show(REVIEW);
				}, this::showErrors, () -> showChecking(false));
	}

	private void showChecking(boolean running) {
		this.next.setEnabled(!running);
		this.back.setEnabled(!running);
	}

	/**
	 * Every error of the dry run at its step; the earliest step with an error is shown.
	 */
	private void showErrors(FieldException ex) {
		int step = AGENTS;
		for (FieldError error : ex.getErrors()) {
			switch (error.field()) {
				case "inbound", "outbound" -> {
				}
				case "provider", "sipTrunkId", "twilioIntegrationId" -> {
					step = Math.min(step, CARRIER);
					this.carrier.showError(error.message());
				}
				default -> {
					step = NUMBERS;
					this.numbers.showError(error.message());
				}
			}
		}
		this.agents.showErrors(ex);
		show(step);
	}

	private void start(ImportPlan plan, ImportMode mode) {
		try {
			ImportProgress started = this.imports.start(plan, mode);
			getUI().ifPresent((ui) -> ui.navigate(ImportProgressView.class, started.batchId()));
		}
		catch (FieldException ex) {
			this.review.showModeError(ex.getMessage());
		}
	}

	private void show(int step) {
		this.current = step;
		this.steps.show(step);
		this.numbers.setVisible(step == NUMBERS);
		this.carrier.setVisible(step == CARRIER);
		this.agents.setVisible(step == AGENTS);
		this.review.setVisible(step == REVIEW);
		this.back.setVisible(step > NUMBERS);
		this.next.setVisible(step < REVIEW);
		this.review.importButton.setVisible(step == REVIEW);
		this.next.setText((step == AGENTS) ? "Review" : "Next");
	}

}
