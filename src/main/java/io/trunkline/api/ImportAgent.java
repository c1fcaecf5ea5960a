package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.phonenumber.BindingLine;

/**
 * One agent of a direction's list in an import: which agent, which of its versions, and
 * its share in basis points (10000 = 100 %).
 */
@Schema(name = "ImportAgent")
record ImportAgent(@Schema(example = "7") Long agentId,
		@Schema(description = "latest (the default), a version number or a tag", example = "latest") String version,
		@Schema(description = "Basis points, 1 to 10000; may be left out for a single agent",
				example = "10000") Integer weightBp) {

	static final int WHOLE = 10_000;

	/**
	 * The lines as the binding rules check them; a single agent without weight has all.
	 */
	static List<BindingLine> lines(List<ImportAgent> agents) {
		if (agents == null) {
			return List.of();
		}
		return agents.stream().map((agent) -> agent.line(agents.size() == 1)).toList();
	}

	private BindingLine line(boolean alone) {
		int weight = (this.weightBp != null) ? this.weightBp : (alone ? WHOLE : 0);
		return new BindingLine((this.agentId != null) ? this.agentId : 0, (this.version != null) ? this.version : "",
				weight);
	}

	/**
	 * Reads {@code <agent id>[:<version>[:<weight in basis points>]]}, as the query
	 * parameters of a CSV import give it.
	 * @throws BadRequestException when it is not of that shape
	 */
	static ImportAgent parse(String text) {
		String[] parts = text.strip().split(":", -1);
		try {
			if (parts.length > 3) {
				throw new NumberFormatException();
			}
			Long id = Long.valueOf(parts[0]);
			String version = (parts.length > 1) ? parts[1] : null;
			Integer weight = (parts.length > 2) ? Integer.valueOf(parts[2]) : null;
			return new ImportAgent(id, version, weight);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("invalid_agent",
					"Give agents as <agent id>[:<version>[:<weight in basis points>]], such as 7:latest:10000.");
		}
	}

}
