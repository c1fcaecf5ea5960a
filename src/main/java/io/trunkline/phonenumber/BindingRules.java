package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trunkline.agent.AgentSummary;
import io.trunkline.agent.VersionRef;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.Weights;

/**
 * The rules of one direction's agent list: agents of the organization, each once, with a
 * version or tag that exists, weights above 0 that add up to exactly 100 %, on a number
 * that takes calls in that direction. Errors are reported at the direction's field,
 * {@code inbound} or {@code outbound}, one per direction.
 */
final class BindingRules {

	private BindingRules() {
	}

	/**
	 * @return the lines to store: canonical version references, and 100 % for a single
	 * agent
	 * @throws FieldException at the direction's field when the list breaks a rule
	 */
	static List<BindingLine> check(Direction direction, List<BindingLine> lines, boolean numberTakesDirection,
			Map<Long, AgentSummary> agents) {
		List<FieldError> errors = new ArrayList<>(1);
		List<BindingLine> checked = check(direction, lines, numberTakesDirection, agents, errors);
		if (!errors.isEmpty()) {
			throw new FieldException(errors);
		}
		return checked;
	}

	/**
	 * Adds the first broken rule of the list, if any, to {@code errors}.
	 * @return the lines to store, empty when a rule is broken
	 */
	static List<BindingLine> check(Direction direction, List<BindingLine> lines, boolean numberTakesDirection,
			Map<Long, AgentSummary> agents, List<FieldError> errors) {
		String field = field(direction);
		if (lines == null || lines.isEmpty()) {
			return List.of();
		}
		if (!numberTakesDirection) {
			return refuse(errors, field, NumberErrors.DIRECTION_NOT_TAKEN, "This number does not take "
					+ direction.label().toLowerCase() + " calls: allow them under Routing first");
		}
		List<BindingLine> checked = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		int total = 0;
		for (BindingLine line : lines) {
			AgentSummary agent = agents.get(line.agentId());
			if (agent == null) {
				return refuse(errors, field, NumberErrors.AGENT_NOT_FOUND, "Agent not found");
			}
			if (!seen.add(line.agentId())) {
				return refuse(errors, field, NumberErrors.AGENT_TWICE,
						agent.name() + " appears twice; list each agent once");
			}
			VersionRef ref;
			try {
				ref = VersionRef.parse(line.versionRef());
			}
			catch (FieldException ex) {
				return refuse(errors, field, NumberErrors.AGENT_VERSION_INVALID, ex.getMessage());
			}
			if (agent.resolve(ref).isEmpty()) {
				return (agent.latestVersion() == 0)
						? refuse(errors, field, NumberErrors.AGENT_UNPUBLISHED,
								agent.name() + " has no published version yet")
						: refuse(errors, field, NumberErrors.AGENT_VERSION_NOT_FOUND, missing(agent, ref));
			}
			int weight = (lines.size() == 1) ? Weights.WHOLE : line.weightBp();
			if (weight <= 0) {
				return refuse(errors, field, NumberErrors.WEIGHT_NOT_POSITIVE, "Every weight must be above 0 %");
			}
			total += weight;
			checked.add(new BindingLine(line.agentId(), ref.text(), weight));
		}
		if (total != Weights.WHOLE) {
			return refuse(errors, field, NumberErrors.WEIGHTS_NOT_100,
					"The weights add up to " + Weights.percent(total) + "; they must add up to exactly 100 %");
		}
		return checked;
	}

	static String field(Direction direction) {
		return (direction == Direction.INBOUND) ? "inbound" : "outbound";
	}

	private static List<BindingLine> refuse(List<FieldError> errors, String field, String code, String message) {
		errors.add(new FieldError(field, code, message));
		return List.of();
	}

	private static String missing(AgentSummary agent, VersionRef ref) {
		return agent.name() + " has no " + (ref.text().chars().allMatch(Character::isDigit) ? "version " : "tag ")
				+ ref.text();
	}

}
