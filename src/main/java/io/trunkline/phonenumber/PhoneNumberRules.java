package io.trunkline.phonenumber;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import io.trunkline.trunk.SipTrunk;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TwilioIntegration;
import io.trunkline.trunk.TwilioIntegrationService;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * The service's checks of a number, each failing with a message at the field it concerns,
 * and the copying of a checked command onto the entity.
 */
@Component
class PhoneNumberRules {

	private final PhoneNumberRepository numbers;

	private final TrunkService trunks;

	private final TwilioIntegrationService integrations;

	private final EntityManager entityManager;

	private final AgentService agents;

	PhoneNumberRules(PhoneNumberRepository numbers, TrunkService trunks, TwilioIntegrationService integrations,
			EntityManager entityManager, AgentService agents) {
		this.agents = agents;
		this.numbers = numbers;
		this.trunks = trunks;
		this.integrations = integrations;
		this.entityManager = entityManager;
	}

	/**
	 * @return the number's checked agent lists, to store once the number has its id
	 */
	NumberBindings apply(PhoneNumber entity, PhoneNumberCommand command, String defaultRegion) {
		NormalizedNumber normalized = command.isPseudo() ? NumberNormalizer.pseudo(command.getNumber())
				: NumberNormalizer.normalize(command.getNumber(), defaultRegion);
		Long id = (entity.getId() != null) ? entity.getId() : -1L;
		if (this.numbers.existsByOrganizationIdAndNumberAndIdNot(entity.organizationId, normalized.e164(), id)) {
			throw new FieldException("number", PhoneNumberService.DUPLICATE);
		}
		entity.number = normalized.e164();
		entity.pseudo = normalized.pseudo();
		entity.region = normalized.region();
		entity.lineType = normalized.lineType();
		String name = blankToNull(command.getDisplayName());
		entity.displayName = (name != null) ? name : normalized.international();
		entity.searchName = entity.displayName.toLowerCase(Locale.ROOT);
		entity.description = blankToNull(command.getDescription());
		entity.active = command.isActive();
		entity.supportsInbound = command.isSupportsInbound();
		entity.supportsOutbound = command.isSupportsOutbound();
		carrier(entity, command);
		entity.inboundWebhookUrl = webhook(command.getInboundWebhookUrl());
		entity.allowedInboundCountries = CountryList
			.toColumn(CountryList.check("allowedInboundCountries", command.getAllowedInboundCountries()));
		entity.allowedOutboundCountries = CountryList
			.toColumn(CountryList.check("allowedOutboundCountries", command.getAllowedOutboundCountries()));
		entity.fallbackNumber = fallback(entity, command.getFallbackNumber(), defaultRegion);
		entity.testCallDestination = e164("testCallDestination", command.getTestCallDestination(), defaultRegion);
		entity.inboundPin = blankToNull(command.getInboundPin());
		entity.inboundRoomPattern = blankToNull(command.getInboundRoomPattern());
		entity.updatedAt = Instant.now();
		return bindings(entity, command);
	}

	private NumberBindings bindings(PhoneNumber entity, PhoneNumberCommand command) {
		Set<Long> agentIds = new HashSet<>();
		command.getInboundAgents().forEach((line) -> agentIds.add(line.agentId()));
		command.getOutboundAgents().forEach((line) -> agentIds.add(line.agentId()));
		Map<Long, AgentSummary> known = agentIds.isEmpty() ? Map.of() : this.agents.find(agentIds);
		return new NumberBindings(
				BindingRules.check(Direction.INBOUND, command.getInboundAgents(), entity.supportsInbound, known),
				BindingRules.check(Direction.OUTBOUND, command.getOutboundAgents(), entity.supportsOutbound, known));
	}

	private void carrier(PhoneNumber entity, PhoneNumberCommand command) {
		entity.provider = command.getProvider();
		entity.sipTrunk = null;
		entity.twilioIntegration = null;
		if (command.getProvider() == Provider.SIP) {
			if (command.getSipTrunkId() == null) {
				throw new FieldException("sipTrunkId", "Choose the SIP trunk that carries this number");
			}
			try {
				this.trunks.get(command.getSipTrunkId());
			}
			catch (NotFoundException ex) {
				throw new FieldException("sipTrunkId", "Trunk not found");
			}
			entity.sipTrunk = this.entityManager.getReference(SipTrunk.class, command.getSipTrunkId());
		}
		else {
			if (command.getTwilioIntegrationId() == null) {
				throw new FieldException("twilioIntegrationId", "Choose the Twilio integration of this number");
			}
			try {
				this.integrations.get(command.getTwilioIntegrationId());
			}
			catch (NotFoundException ex) {
				throw new FieldException("twilioIntegrationId", "Twilio integration not found");
			}
			entity.twilioIntegration = this.entityManager.getReference(TwilioIntegration.class,
					command.getTwilioIntegrationId());
		}
	}

	private String fallback(PhoneNumber entity, String input, String defaultRegion) {
		String fallback = e164("fallbackNumber", input, defaultRegion);
		if (fallback == null) {
			return null;
		}
		if (fallback.equals(entity.number)) {
			throw new FieldException("fallbackNumber", "A number cannot fall back to itself");
		}
		if (this.numbers.existsByOrganizationIdAndNumberAndFallbackNumberIsNotNull(entity.organizationId, fallback)) {
			throw new FieldException("fallbackNumber",
					"That number has a fallback of its own: choose one without a fallback");
		}
		if (this.numbers.existsByOrganizationIdAndFallbackNumber(entity.organizationId, entity.number)) {
			throw new FieldException("fallbackNumber",
					"Other numbers fall back to this one, so it cannot have a fallback of its own");
		}
		return fallback;
	}

	private static String e164(String field, String input, String defaultRegion) {
		if (blankToNull(input) == null) {
			return null;
		}
		try {
			return NumberNormalizer.normalize(input, defaultRegion).e164();
		}
		catch (InvalidNumberException ex) {
			throw new FieldException(field, ex.getMessage());
		}
	}

	private static String webhook(String input) {
		String url = blankToNull(input);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
				throw new FieldException("inboundWebhookUrl", "Use an https:// URL");
			}
			return url;
		}
		catch (URISyntaxException ex) {
			throw new FieldException("inboundWebhookUrl", "Not a valid URL");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
