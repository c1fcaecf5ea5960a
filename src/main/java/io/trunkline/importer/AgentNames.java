package io.trunkline.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trunkline.agent.AgentSummary;
import io.trunkline.agent.VersionRef;
import io.trunkline.base.Weights;
import io.trunkline.phonenumber.BindingLine;

/**
 * The organization's agents by name or external id, for a row's agent column. A row's
 * agent takes all calls of its direction on the agent's latest version.
 */
final class AgentNames {

	private final Map<String, AgentSummary> byName = new HashMap<>();

	AgentNames(Collection<AgentSummary> agents) {
		agents.forEach((agent) -> this.byName.put(key(agent.externalId()), agent));
		// a name wins over another agent's external id
		agents.forEach((agent) -> this.byName.put(key(agent.name()), agent));
	}

	/** The single line for a named agent, or {@code null} for an unknown name. */
	List<BindingLine> line(String name) {
		AgentSummary agent = this.byName.get(key(name));
		return (agent != null) ? List.of(new BindingLine(agent.id(), VersionRef.LATEST_TEXT, Weights.WHOLE)) : null;
	}

	private static String key(String name) {
		return (name != null) ? name.strip().toLowerCase(Locale.ROOT) : "";
	}

}
