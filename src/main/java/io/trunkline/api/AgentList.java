package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The organization's agents, by name. */
@Schema(name = "AgentList")
record AgentList(List<AgentResponse> data) {

}
