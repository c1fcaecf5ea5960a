package io.trunkline.phonenumber;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.Weights;

import org.springframework.stereotype.Component;

/**
 * Fills a page of grid rows with their agents ("Ava" or "Ava 70 %, Ben 30 %"): one query
 * for the page's bindings and one for their agents' names.
 */
@Component
class AgentColumns {

	private final BindingStore store;

	private final AgentService agents;

	AgentColumns(BindingStore store, AgentService agents) {
		this.store = store;
		this.agents = agents;
	}

	List<PhoneNumberRow> fill(long organizationId, List<PhoneNumberRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, NumberBindings> bindings = this.store.read(organizationId,
				rows.stream().map(PhoneNumberRow::id).toList());
		Set<Long> agentIds = new HashSet<>();
		bindings.values().forEach((b) -> {
			b.inbound().forEach((line) -> agentIds.add(line.agentId()));
			b.outbound().forEach((line) -> agentIds.add(line.agentId()));
		});
		Map<Long, AgentSummary> names = agentIds.isEmpty() ? Map.of() : this.agents.find(agentIds);
		return rows.stream().map((row) -> {
			NumberBindings b = bindings.get(row.id());
			return row.withAgents(text(b.inbound(), names), text(b.outbound(), names));
		}).toList();
	}

	static String text(List<BindingLine> lines, Map<Long, AgentSummary> names) {
		if (lines.size() == 1) {
			return name(lines.get(0), names);
		}
		return lines.stream()
			.map((line) -> name(line, names) + " " + Weights.percent(line.weightBp()))
			.collect(Collectors.joining(", "));
	}

	private static String name(BindingLine line, Map<Long, AgentSummary> names) {
		AgentSummary agent = names.get(line.agentId());
		return (agent != null) ? agent.name() : "?";
	}

}
