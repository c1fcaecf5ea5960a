package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a tag points: a published version of the agent. */
@Schema(name = "AgentTagRequest")
record AgentTagRequest(
		@Schema(description = "The published version the tag points to", example = "1") Integer publishedVersion,
		@Schema(description = "Unless If-Match is sent: the agent's version read") Long version) {

}
