package io.trunkline.agent;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An agent as the console and the bindings see it.
 *
 * @param latestVersion the newest published version, 0 when none is published yet
 * @param tags tag to version number, sorted by tag
 */
public record AgentSummary(long id, long version, String name, String description, String externalId, int latestVersion,
		Map<String, Integer> tags) {

	public AgentSummary {
		tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
	}

	static AgentSummary of(Agent agent) {
		return new AgentSummary(agent.getId(), agent.getVersion(), agent.getName(), agent.description, agent.externalId,
				agent.latestVersion(), agent.tags);
	}

	/**
	 * @return the version number a reference points to, empty when it points to nothing
	 * (nothing published, a version not published, an unknown tag)
	 */
	public Optional<Integer> resolve(VersionRef ref) {
		if (ref.isLatest()) {
			return (this.latestVersion > 0) ? Optional.of(this.latestVersion) : Optional.empty();
		}
		if (ref.number() != null) {
			int number = ref.number();
			return (number >= 1 && number <= this.latestVersion) ? Optional.of(number) : Optional.empty();
		}
		return Optional.ofNullable(this.tags.get(ref.tag()));
	}

	public String label() {
		return this.name;
	}

}
