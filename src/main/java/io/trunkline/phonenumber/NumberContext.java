package io.trunkline.phonenumber;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.trunkline.agent.AgentSummary;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioSummary;

/**
 * What {@link NumberChecker} needs to know of the organization, loaded beforehand (by
 * {@link NumberContexts}): the region national numbers are read with, and the trunks,
 * integrations and agents a number may use. Whatever is absent from it is not found.
 * {@code allowPrivateTargets} is the setting
 * {@code trunkline.webhooks.allow-private-targets}: whether a webhook may point at a
 * loopback, private or link-local host.
 */
public record NumberContext(String defaultRegion, Map<Long, TrunkSummary> trunks, Map<Long, TwilioSummary> integrations,
		Map<Long, AgentSummary> agents, boolean allowPrivateTargets) {

	public NumberContext {
		trunks = Map.copyOf(trunks);
		integrations = Map.copyOf(integrations);
		agents = Map.copyOf(agents);
	}

	/** A context whose webhooks must point at public hosts. */
	public NumberContext(String defaultRegion, Map<Long, TrunkSummary> trunks, Map<Long, TwilioSummary> integrations,
			Map<Long, AgentSummary> agents) {
		this(defaultRegion, trunks, integrations, agents, false);
	}

	/** The same context with the given webhook setting. */
	public NumberContext allowingPrivateTargets(boolean allow) {
		return new NumberContext(this.defaultRegion, this.trunks, this.integrations, this.agents, allow);
	}

	public static NumberContext of(String defaultRegion, Collection<TrunkSummary> trunks,
			Collection<TwilioSummary> integrations, Collection<AgentSummary> agents) {
		return new NumberContext(defaultRegion, byId(trunks, TrunkSummary::id), byId(integrations, TwilioSummary::id),
				byId(agents, AgentSummary::id));
	}

	private static <T> Map<Long, T> byId(Collection<T> values, Function<T, Long> id) {
		return values.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
