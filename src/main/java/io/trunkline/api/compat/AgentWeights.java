package io.trunkline.api.compat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.trunkline.agent.AgentSummary;
import io.trunkline.base.Weights;
import io.trunkline.phonenumber.BindingLine;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

/**
 * A platform's weighted agent list ({@code agent_id}, optional {@code agent_version},
 * {@code weight} as a fraction of 1) read from its body: the weights become exact basis
 * points and must add up to exactly 1; the agent ids are agents' external ids in the
 * organization, resolved once {@link #lines} is called.
 */
final class AgentWeights {

	record Entry(String agentId, String version, int weightBp) {

	}

	private AgentWeights() {
	}

	/** Reads the list under {@code field}; its problems go to the body's. */
	static List<Entry> read(CompatBody body, String field) {
		List<Entry> entries = new ArrayList<>();
		List<JsonNode> items = body.array(field);
		int total = 0;
		boolean complete = true;
		for (int i = 0; i < items.size(); i++) {
			CompatBody item = body.nested(field + "[" + i + "]", items.get(i));
			String agentId = item.text("agent_id", true, 0);
			String version = version(item, item.value("agent_version"));
			JsonNode weightNode = item.value("weight");
			BigDecimal weight = (weightNode != null) ? item.fraction("weight", weightNode) : null;
			if (weightNode == null) {
				item.error("weight is required");
			}
			item.unknownFields();
			Integer points = (weight != null) ? CompatImports.basisPoints(weight) : null;
			if (weight != null && points == null) {
				item.error("weight must have at most 4 decimal places");
			}
			if (agentId == null || points == null) {
				complete = false;
				continue;
			}
			total += points;
			entries.add(new Entry(agentId, version, points));
		}
		if (complete && !items.isEmpty() && total != Weights.WHOLE) {
			body.error(field + ": total weights must add up to 1");
		}
		return entries;
	}

	/** The external ids of every list, to look up at once. */
	static Set<String> agentIds(List<Entry> inbound, List<Entry> outbound) {
		Set<String> ids = new TreeSet<>();
		inbound.forEach((entry) -> ids.add(entry.agentId()));
		outbound.forEach((entry) -> ids.add(entry.agentId()));
		return ids;
	}

	/**
	 * The binding lines of a list.
	 * @throws CompatException with {@code status} naming every unknown agent id
	 */
	static List<BindingLine> lines(String field, List<Entry> entries, Map<String, AgentSummary> agents,
			HttpStatus status) {
		List<String> unknown = new ArrayList<>();
		List<BindingLine> lines = new ArrayList<>();
		for (Entry entry : entries) {
			AgentSummary agent = agents.get(entry.agentId());
			if (agent == null) {
				unknown.add(field + ": agent not found: " + entry.agentId());
			}
			else {
				lines.add(new BindingLine(agent.id(), entry.version(), entry.weightBp()));
			}
		}
		if (!unknown.isEmpty()) {
			throw new CompatException(status, unknown);
		}
		return lines;
	}

	private static String version(CompatBody item, JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= 0) {
			return String.valueOf(node.intValue());
		}
		if (node.isString() && !node.asString().isEmpty() && node.asString().length() <= 20) {
			return node.asString();
		}
		item.error("agent_version must be a version number (0 or more) or a tag of 1 to 20 characters");
		return null;
	}

}
