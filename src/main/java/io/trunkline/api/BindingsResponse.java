package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.phonenumber.BindingLine;

/**
 * A direction's agents of a number, with the bindings version (also the ETag) that a
 * change sends back.
 */
@Schema(name = "Bindings")
record BindingsResponse(long numberId, @Schema(example = "inbound") String direction, long bindingsVersion,
		List<AgentBindingLine> agents) {

	static BindingsResponse of(long numberId, String direction, long bindingsVersion, List<BindingLine> lines) {
		return new BindingsResponse(numberId, direction, bindingsVersion,
				lines.stream().map(AgentBindingLine::of).toList());
	}

}
