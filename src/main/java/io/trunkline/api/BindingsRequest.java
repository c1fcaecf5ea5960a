package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * A direction's new agent list (empty unbinds), based on the bindings version read.
 */
@Schema(name = "BindingsRequest")
record BindingsRequest(@NotNull(message = "Give the agents, or an empty list to unbind") List<AgentBindingLine> agents,
		@Schema(description = "Unless If-Match is sent: the bindings_version read") Long bindingsVersion) {

}
