package io.trunkline.api.compat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.base.Weights;
import io.trunkline.phonenumber.InvalidNumberException;
import io.trunkline.phonenumber.NumberNormalizer;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.phonenumber.PhoneNumberService;
import io.trunkline.trunk.SipTrunk;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioIntegrationService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every migration endpoint shares, on top of the feature services (which keep every
 * rule and role check): an inline trunk found or made, platform agent ids to agents, a
 * fraction to basis points, and the number with its trunk created in one transaction (a
 * refused number leaves no new trunk behind).
 */
@Component
class CompatImports {

	private static final BigDecimal WHOLE = BigDecimal.valueOf(Weights.WHOLE);

	private final TrunkService trunks;

	private final AgentService agents;

	private final PhoneNumberService numbers;

	private final TwilioIntegrationService integrations;

	CompatImports(TrunkService trunks, AgentService agents, PhoneNumberService numbers,
			TwilioIntegrationService integrations) {
		this.integrations = integrations;
		this.trunks = trunks;
		this.agents = agents;
		this.numbers = numbers;
	}

	/** Creates the number on the identical trunk of the organization, or on a new one. */
	@Transactional
	PhoneNumberDetails importOnTrunk(InlineTrunk inline, PhoneNumberCommand command) {
		command.setSipTrunkId(trunk(inline).id());
		return this.numbers.create(command);
	}

	/** Creates the number as the command says (a trunk or an integration by id). */
	PhoneNumberDetails create(PhoneNumberCommand command) {
		return this.numbers.create(command);
	}

	/** Whether the organization has this Twilio integration. */
	boolean hasIntegration(long id) {
		try {
			this.integrations.get(id);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	/** The organization's trunk with this id, empty for an unknown or another's. */
	Optional<TrunkSummary> findTrunk(long id) {
		try {
			return Optional.of(this.trunks.get(id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	TrunkSummary trunkOf(PhoneNumberDetails number) {
		return this.trunks.get(number.sipTrunkId());
	}

	private TrunkSummary trunk(InlineTrunk inline) {
		Optional<TrunkSummary> identical = this.trunks
			.identical(inline.terminationUri(), inline.transport(), inline.username(), inline.password())
			.stream()
			.filter((trunk) -> inline.mediaEncryption() == null || trunk.mediaEncryption() == inline.mediaEncryption())
			.findFirst();
		if (identical.isPresent()) {
			return identical.get();
		}
		TrunkCommand command = new TrunkCommand();
		command.setName(freeName(inline));
		command.setTerminationUri(inline.terminationUri());
		command.setTransport(inline.transport());
		command.setAuthUsername((inline.username() != null) ? inline.username() : "");
		command.setNewPassword((inline.password() != null) ? inline.password() : "");
		if (inline.mediaEncryption() != null) {
			command.setMediaEncryption(inline.mediaEncryption());
		}
		return this.trunks.create(command);
	}

	/** "Smallest sip.example.com", then "... (2)" and so on while the name is taken. */
	private String freeName(InlineTrunk inline) {
		Set<String> taken = new HashSet<>();
		this.trunks.list().forEach((trunk) -> taken.add(trunk.name().toLowerCase(java.util.Locale.ROOT)));
		String base = (inline.name() != null && !inline.name().isBlank()) ? inline.name().strip()
				: inline.platform() + " " + inline.terminationUri().strip();
		base = base.substring(0, Math.min(base.length(), SipTrunk.NAME_MAX_LENGTH - 8));
		String name = base;
		for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
			name = base + " (" + n + ")";
		}
		return name;
	}

	/** The organization's agents by external id, among {@code externalIds}. */
	Map<String, AgentSummary> agentsByExternalId(Set<String> externalIds) {
		if (externalIds.isEmpty()) {
			return Map.of();
		}
		return this.agents.list()
			.stream()
			.filter((agent) -> agent.externalId() != null && externalIds.contains(agent.externalId()))
			.collect(Collectors.toMap(AgentSummary::externalId, Function.identity(), (a, b) -> a));
	}

	/** The agents' external ids by agent id, for answers. */
	Map<Long, String> externalIds(List<Long> agentIds) {
		return this.agents.find(agentIds)
			.values()
			.stream()
			.collect(Collectors.toMap(AgentSummary::id, AgentSummary::externalId));
	}

	/**
	 * A fraction of 1 in exact basis points, or {@code null} when it has more than four
	 * decimals (a share no basis point holds).
	 */
	static Integer basisPoints(BigDecimal fraction) {
		BigDecimal points = fraction.multiply(WHOLE).stripTrailingZeros();
		return (points.scale() <= 0) ? points.intValueExact() : null;
	}

	/**
	 * Whether a number is valid E.164 for Trunkline; otherwise it is kept as a pseudo
	 * number.
	 */
	static boolean isE164(String number) {
		try {
			NumberNormalizer.normalize(number, null);
			return true;
		}
		catch (InvalidNumberException ex) {
			return false;
		}
	}

	/** The first error code of a service refusal. */
	static boolean isDuplicate(FieldException ex) {
		return ex.getErrors()
			.stream()
			.anyMatch((error) -> error.code().equals(io.trunkline.phonenumber.NumberErrors.NUMBER_ALREADY_PRESENT));
	}

}
