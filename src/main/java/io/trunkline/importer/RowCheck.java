package io.trunkline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.trunkline.base.FieldError;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.NormalizedNumber;
import io.trunkline.phonenumber.NumberBindings;
import io.trunkline.phonenumber.NumberCheck;
import io.trunkline.phonenumber.NumberChecker;
import io.trunkline.phonenumber.NumberContext;
import io.trunkline.phonenumber.PhoneNumberCommand;

/**
 * The check of one row: resolves its trunk and agent names, then hands it to
 * {@link NumberChecker} as the form's input would be. Pure and thread-safe, so that rows
 * are checked on every core.
 */
final class RowCheck {

	private final NumberContext context;

	private final Carriers carriers;

	private final Carriers.Carrier carrier;

	private final AgentNames agentNames;

	private final NumberBindings defaults;

	private final Map<NumberBindings, NumberBindings> shared = new ConcurrentHashMap<>();

	RowCheck(NumberContext context, Carriers.Carrier carrier, NumberBindings defaults) {
		this.context = context;
		this.carriers = new Carriers(context);
		this.carrier = carrier;
		this.agentNames = new AgentNames(context.agents().values());
		this.defaults = defaults;
	}

	ReviewRow row(ImportRow row) {
		return row(row, null);
	}

	/**
	 * The check of a row the dry run found ready, again: its trunk and agents as they are
	 * now, its number as the review normalized it ({@code null}: normalize it again).
	 */
	ReviewRow row(ImportRow row, NormalizedNumber reviewed) {
		String controlCharacters = row.controlCharacters();
		if (controlCharacters != null) {
			return ReviewRow.rejected(row.withoutControlCharacters(), null, RowStatus.INVALID, controlCharacters);
		}
		List<String> problems = new ArrayList<>();
		Carriers.Carrier rowCarrier = (row.trunk() != null) ? this.carriers.named(row.trunk()) : this.carrier;
		if (rowCarrier == null) {
			problems.add("No SIP trunk or Twilio integration is named " + quote(row.trunk()));
			rowCarrier = this.carrier;
		}
		List<BindingLine> inbound = lines(row.inboundAgent(), this.defaults.inbound(), problems);
		List<BindingLine> outbound = lines(row.outboundAgent(), this.defaults.outbound(), problems);
		PhoneNumberCommand command = command(row, rowCarrier, inbound, outbound);
		NumberCheck check = (reviewed != null) ? NumberChecker.checkNormalized(command, reviewed, this.context)
				: NumberChecker.check(command, this.context);
		List<String> reasons = new ArrayList<>(check.errors().stream().map(FieldError::message).toList());
		reasons.addAll(problems);
		if (!reasons.isEmpty()) {
			return ReviewRow.rejected(row, check.normalized(), RowStatus.INVALID, String.join("; ", reasons));
		}
		NumberBindings bindings = this.shared.computeIfAbsent(check.draft().bindings(), (key) -> key);
		return ReviewRow.ready(row, check.draft().withBindings(bindings));
	}

	private static PhoneNumberCommand command(ImportRow row, Carriers.Carrier carrier, List<BindingLine> inbound,
			List<BindingLine> outbound) {
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(row.number());
		command.setDisplayName(row.name());
		command.setDescription(row.description());
		command.setProvider(carrier.provider());
		command.setSipTrunkId(carrier.sipTrunkId());
		command.setTwilioIntegrationId(carrier.twilioIntegrationId());
		command.setInboundAgents(inbound);
		command.setOutboundAgents(outbound);
		return command;
	}

	private List<BindingLine> lines(String agentName, List<BindingLine> fallback, List<String> problems) {
		if (agentName == null) {
			return fallback;
		}
		List<BindingLine> line = this.agentNames.line(agentName);
		if (line == null) {
			problems.add("No agent is named " + quote(agentName));
			return List.of();
		}
		return line;
	}

	private static String quote(String text) {
		String shown = (text.length() > 40) ? text.substring(0, 40) + "…" : text;
		return "“" + shown + "”";
	}

}
