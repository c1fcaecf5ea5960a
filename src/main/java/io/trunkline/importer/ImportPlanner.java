package io.trunkline.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.trunkline.agent.AgentService;
import io.trunkline.base.FieldException;
import io.trunkline.organization.OrganizationService;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.InvalidNumberException;
import io.trunkline.phonenumber.NewNumber;
import io.trunkline.phonenumber.NormalizedNumber;
import io.trunkline.phonenumber.NumberBindings;
import io.trunkline.phonenumber.NumberImport;
import io.trunkline.phonenumber.NumberNormalizer;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.security.CurrentUser;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TwilioIntegrationService;

import org.springframework.stereotype.Component;

/**
 * The dry run: gives every row its verdict with the same rules the number form uses, and
 * stores nothing.
 */
@Component
class ImportPlanner {

	private final NumberImport numbers;

	private final TrunkService trunks;

	private final TwilioIntegrationService integrations;

	private final AgentService agents;

	private final OrganizationService organizations;

	private final CurrentUser currentUser;

	ImportPlanner(NumberImport numbers, TrunkService trunks, TwilioIntegrationService integrations, AgentService agents,
			OrganizationService organizations, CurrentUser currentUser) {
		this.numbers = numbers;
		this.trunks = trunks;
		this.integrations = integrations;
		this.agents = agents;
		this.organizations = organizations;
		this.currentUser = currentUser;
	}

	/**
	 * @throws FieldException at {@code carrier}, {@code inbound} or {@code outbound} when
	 * what applies to every row is wrong
	 */
	ImportPlan plan(String sourceName, List<ImportRow> rows, ImportSettings settings) {
		Carriers carriers = new Carriers(this.trunks.list(), this.integrations.list());
		Carriers.Carrier carrier = carriers.check(settings);
		AgentNames agentNames = new AgentNames(this.agents.list());
		NumberBindings defaults = this.numbers.checkBindings(settings.inbound(), settings.outbound(), true, true,
				agentNames.byId());
		RowCheck check = new RowCheck(this.organizations.current().defaultRegion(), carriers, carrier, agentNames,
				defaults);
		// each row's check is pure: normalize them on every core
		List<ReviewRow> reviewed = rows.parallelStream().map(check::row).toList();
		Map<String, Integer> firstLines = new HashMap<>();
		for (ReviewRow checked : reviewed) {
			if (checked.status() == RowStatus.READY) {
				Integer first = firstLines.putIfAbsent(checked.normalized(), checked.line());
				if (first != null) {
					checked.settle(RowStatus.DUPLICATE_IN_FILE, "Same number as line " + first);
				}
			}
		}
		Set<String> present = this.numbers.present(firstLines.keySet());
		for (ReviewRow row : reviewed) {
			if (row.status() == RowStatus.READY && present.contains(row.normalized())) {
				row.settle(RowStatus.ALREADY_PRESENT, PhoneNumberService.DUPLICATE);
			}
		}
		return new ImportPlan(sourceName, this.currentUser.organizationId(), reviewed);
	}

	/** The checks of one row, with what every row shares. */
	private static final class RowCheck {

		private final String region;

		private final Carriers carriers;

		private final Carriers.Carrier carrier;

		private final AgentNames agentNames;

		private final NumberBindings defaults;

		private final Map<NumberBindings, NumberBindings> shared = new ConcurrentHashMap<>();

		RowCheck(String region, Carriers carriers, Carriers.Carrier carrier, AgentNames agentNames,
				NumberBindings defaults) {
			this.region = region;
			this.carriers = carriers;
			this.carrier = carrier;
			this.agentNames = agentNames;
			this.defaults = defaults;
		}

		ReviewRow row(ImportRow row) {
			String controlCharacters = row.controlCharacters();
			if (controlCharacters != null) {
				return ReviewRow.rejected(row.withoutControlCharacters(), null, RowStatus.INVALID, controlCharacters);
			}
			NormalizedNumber normalized;
			try {
				normalized = NumberNormalizer.normalize(row.number(), this.region);
			}
			catch (InvalidNumberException ex) {
				return ReviewRow.rejected(row, null, RowStatus.INVALID, ex.getMessage());
			}
			String problem = lengths(row);
			Carriers.Carrier rowCarrier = (row.trunk() != null) ? this.carriers.named(row.trunk()) : this.carrier;
			if (problem == null && rowCarrier == null) {
				problem = "No SIP trunk or Twilio integration is named " + quote(row.trunk());
			}
			if (problem == null) {
				problem = agentProblem(row.inboundAgent());
			}
			if (problem == null) {
				problem = agentProblem(row.outboundAgent());
			}
			if (problem != null) {
				return ReviewRow.rejected(row, normalized, RowStatus.INVALID, problem);
			}
			NumberBindings bindings = new NumberBindings(lines(row.inboundAgent(), this.defaults.inbound()),
					lines(row.outboundAgent(), this.defaults.outbound()));
			return ReviewRow.ready(row,
					new NewNumber(normalized, row.name(), row.description(), rowCarrier.provider(),
							rowCarrier.sipTrunkId(), rowCarrier.twilioIntegrationId(),
							this.shared.computeIfAbsent(bindings, (key) -> key)));
		}

		private String agentProblem(String agentName) {
			if (agentName == null) {
				return null;
			}
			if (this.agentNames.line(agentName) == null) {
				return "No agent is named " + quote(agentName);
			}
			return this.agentNames.unpublished(agentName)
					? "Agent " + quote(agentName) + " has no published version yet" : null;
		}

		private List<BindingLine> lines(String agentName, List<BindingLine> fallback) {
			return (agentName != null) ? this.agentNames.line(agentName) : fallback;
		}

		private static String lengths(ImportRow row) {
			if (row.name() != null && row.name().length() > PhoneNumberCommand.NAME_MAX) {
				return "The name is longer than " + PhoneNumberCommand.NAME_MAX + " characters";
			}
			if (row.description() != null && row.description().length() > PhoneNumberCommand.DESCRIPTION_MAX) {
				return "The description is longer than " + PhoneNumberCommand.DESCRIPTION_MAX + " characters";
			}
			return null;
		}

		private static String quote(String text) {
			String shown = (text.length() > 40) ? text.substring(0, 40) + "…" : text;
			return "“" + shown + "”";
		}

	}

}
