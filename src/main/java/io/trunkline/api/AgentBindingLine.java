package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.phonenumber.BindingLine;

/**
 * One agent of a number's list. Weights are basis points: 10000 is 100 %, 3333 is 33.33
 * %; a list's weights add up to exactly 10000 (a single agent's may be left out).
 */
@Schema(name = "AgentBinding")
record AgentBindingLine(@Schema(example = "7") long agentId, @Schema(example = "latest",
		description = "A published version number (\"3\"), a tag (\"prod\") or \"latest\", the default") String version,
		@Schema(example = "10000",
				description = "Share of the calls in basis points (10000 = 100 %); the list adds up to exactly 10000") Integer weight) {

	static final String LATEST = "latest";

	BindingLine toLine() {
		return new BindingLine(this.agentId, (this.version != null) ? this.version : LATEST,
				(this.weight != null) ? this.weight : 0);
	}

	static AgentBindingLine of(BindingLine line) {
		return new AgentBindingLine(line.agentId(), line.versionRef(), line.weightBp());
	}

	static List<BindingLine> lines(List<AgentBindingLine> agents) {
		return (agents != null) ? agents.stream().map(AgentBindingLine::toLine).toList() : null;
	}

}
