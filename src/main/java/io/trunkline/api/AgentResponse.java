package io.trunkline.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.agent.AgentSummary;

/** An agent as the API answers it. */
@Schema(name = "Agent")
record AgentResponse(long id,
		@Schema(description = "Send it back as If-Match or 'version' to change the agent") long version,
		@Schema(example = "Front desk") String name, String description,
		@Schema(example = "agt_frontdesk") String externalId,
		@Schema(description = "The newest published version, 0 before the first publish") int latestVersion,
		@Schema(description = "Tag name to version number", example = "{\"prod\": 1}") Map<String, Integer> tags) {

	static AgentResponse of(AgentSummary agent) {
		return new AgentResponse(agent.id(), agent.version(), agent.name(), agent.description(), agent.externalId(),
				agent.latestVersion(), agent.tags());
	}

}
