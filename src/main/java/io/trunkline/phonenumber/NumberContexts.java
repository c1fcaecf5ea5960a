package io.trunkline.phonenumber;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.trunkline.agent.AgentService;
import io.trunkline.base.NotFoundException;
import io.trunkline.organization.OrganizationService;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TwilioIntegrationService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link NumberContext} of the caller's organization through the owning
 * features' services (which check the caller's role): all of it for a batch, or only what
 * one input refers to.
 */
@Component
public class NumberContexts {

	private final OrganizationService organizations;

	private final TrunkService trunks;

	private final TwilioIntegrationService integrations;

	private final AgentService agents;

	private final boolean allowPrivateTargets;

	NumberContexts(OrganizationService organizations, TrunkService trunks, TwilioIntegrationService integrations,
			AgentService agents,
			@Value("${trunkline.webhooks.allow-private-targets:false}") boolean allowPrivateTargets) {
		this.allowPrivateTargets = allowPrivateTargets;
		this.organizations = organizations;
		this.trunks = trunks;
		this.integrations = integrations;
		this.agents = agents;
	}

	/** Every trunk, integration and agent of the organization, for many inputs. */
	public NumberContext whole() {
		return NumberContext.of(region(), this.trunks.list(), this.integrations.list(), this.agents.list())
			.allowingPrivateTargets(this.allowPrivateTargets);
	}

	/** Only the trunk, integration and agents the input refers to. */
	public NumberContext of(PhoneNumberCommand input) {
		Set<Long> agentIds = new HashSet<>();
		input.getInboundAgents().forEach((line) -> agentIds.add(line.agentId()));
		input.getOutboundAgents().forEach((line) -> agentIds.add(line.agentId()));
		return new NumberContext(region(),
				found(input.getSipTrunkId(), () -> this.trunks.get(input.getSipTrunkId()))
					.map((trunk) -> Map.of(trunk.id(), trunk))
					.orElse(Map.of()),
				found(input.getTwilioIntegrationId(), () -> this.integrations.get(input.getTwilioIntegrationId()))
					.map((twilio) -> Map.of(twilio.id(), twilio))
					.orElse(Map.of()),
				agentIds.isEmpty() ? Map.of() : this.agents.find(agentIds), this.allowPrivateTargets);
	}

	/** The organization's default region. */
	public String region() {
		return this.organizations.current().defaultRegion();
	}

	private static <T> Optional<T> found(Long id, Supplier<T> lookup) {
		if (id == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(lookup.get());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

}
