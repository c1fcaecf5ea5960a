package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trunkline.agent.AgentSummary;
import io.trunkline.agent.VersionRef;
import io.trunkline.base.FieldException;
import io.trunkline.base.Weights;

/**
 * The rules of one direction's agent list: agents of the organization, each once, with a
 * version or tag that exists, weights above 0 that add up to exactly 100 %, on a number
 * that takes calls in that direction. Errors are reported at the direction's field,
 * {@code inbound} or {@code outbound}.
 */
final class BindingRules {

	private BindingRules() {
	}

	/**
	 * @return the lines to store: canonical version references, and 100 % for a single
	 * agent
	 */
	static List<BindingLine> check(Direction direction, List<BindingLine> lines, boolean numberTakesDirection,
			Map<Long, AgentSummary> agents) {
		String field = field(direction);
		if (lines == null || lines.isEmpty()) {
			return List.of();
		}
		if (!numberTakesDirection) {
			throw new FieldException(field, "This number does not take " + direction.label().toLowerCase()
					+ " calls: allow them under Routing first");
		}
		List<BindingLine> checked = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		int total = 0;
		for (BindingLine line : lines) {
			AgentSummary agent = agents.get(line.agentId());
			if (agent == null) {
				throw new FieldException(field, "Agent not found");
			}
			if (!seen.add(line.agentId())) {
				throw new FieldException(field, agent.name() + " appears twice; list each agent once");
			}
			VersionRef ref = parse(field, line.versionRef());
			if (agent.resolve(ref).isEmpty()) {
				throw new FieldException(field, missing(agent, ref));
			}
			int weight = (lines.size() == 1) ? Weights.WHOLE : line.weightBp();
			if (weight <= 0) {
				throw new FieldException(field, "Every weight must be above 0 %");
			}
			total += weight;
			checked.add(new BindingLine(line.agentId(), ref.text(), weight));
		}
		if (total != Weights.WHOLE) {
			throw new FieldException(field,
					"The weights add up to " + Weights.percent(total) + "; they must add up to exactly 100 %");
		}
		return checked;
	}

	static String field(Direction direction) {
		return (direction == Direction.INBOUND) ? "inbound" : "outbound";
	}

	private static VersionRef parse(String field, String text) {
		try {
			return VersionRef.parse(text);
		}
		catch (FieldException ex) {
			throw new FieldException(field, ex.getMessage());
		}
	}

	private static String missing(AgentSummary agent, VersionRef ref) {
		if (agent.latestVersion() == 0) {
			return agent.name() + " has no published version yet";
		}
		return agent.name() + " has no " + (ref.text().chars().allMatch(Character::isDigit) ? "version " : "tag ")
				+ ref.text();
	}

}
