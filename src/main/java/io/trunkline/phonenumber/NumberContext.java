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
 */
public record NumberContext(String defaultRegion, Map<Long, TrunkSummary> trunks, Map<Long, TwilioSummary> integrations,
		Map<Long, AgentSummary> agents) {

	public NumberContext {
		trunks = Map.copyOf(trunks);
		integrations = Map.copyOf(integrations);
		agents = Map.copyOf(agents);
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
