package io.trunkline.api;

import java.util.Map;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.agent.AgentCommand;

/**
 * An agent to create, or the fields of one to change (PATCH: a missing or null field
 * keeps its value).
 */
@Schema(name = "AgentRequest")
record AgentRequest(@Schema(example = "Front desk") String name,
		@Schema(example = "Answers the main line") String description,
		@Schema(example = "agt_frontdesk", description = "Generated (agt_...) when blank on create") String externalId,
		@Schema(description = "Tag name to a published version number",
				example = "{\"prod\": 1}") Map<String, Integer> tags,
		@Schema(description = "PATCH only, unless If-Match is sent: the version read") Long version) {

	AgentCommand toCommand() {
		return applyTo(new AgentCommand());
	}

	AgentCommand applyTo(AgentCommand command) {
		set(this.name, command::setName);
		set(this.description, command::setDescription);
		set(this.externalId, command::setExternalId);
		set(this.tags, command::setTags);
		return command;
	}

	private static <T> void set(T value, Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

}
