package io.trunkline.phonenumber;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.trunkline.agent.AgentUsage;
import io.trunkline.base.Weights;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The number bindings as the agent feature sees them ({@link AgentUsage}): counted, and
 * removed when an agent goes. Every statement carries the organization id. Runs in the
 * caller's transaction.
 */
@Component
class AgentUsageOfNumbers implements AgentUsage {

	private final JdbcTemplate jdbc;

	private final BindingStore bindings;

	AgentUsageOfNumbers(JdbcTemplate jdbc, BindingStore bindings) {
		this.jdbc = jdbc;
		this.bindings = bindings;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(propagation = Propagation.MANDATORY)
	public long countNumbers(long organizationId, long agentId) {
		Long count = this.jdbc.queryForObject(
				"select count(distinct phone_number_id) from number_binding where organization_id = ? and agent_id = ?",
				Long.class, organizationId, agentId);
		return (count != null) ? count : 0;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<Long, Long> countNumbersByAgent(long organizationId) {
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.query("select agent_id, count(distinct phone_number_id) from number_binding "
				+ "where organization_id = ? group by agent_id", (row) -> {
					counts.put(row.getLong(1), row.getLong(2));
				}, organizationId);
		return counts;
	}

	/**
	 * Deletes the agent's bindings, then rescales the weights left in each list (a
	 * number's bindings for one direction) it was part of so that they add up to 100 %.
	 * @return how many numbers lost the agent
	 */
	@Override
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(propagation = Propagation.MANDATORY)
	public int unbind(long organizationId, long agentId) {
		Set<Long> numbers = new HashSet<>();
		Map<String, List<Binding>> lists = new LinkedHashMap<>();
		for (Binding binding : listsWith(organizationId, agentId)) {
			if (binding.agentId() == agentId) {
				numbers.add(binding.numberId());
			}
			else {
				lists.computeIfAbsent(binding.numberId() + "/" + binding.direction(), (key) -> new ArrayList<>())
					.add(binding);
			}
		}
		this.jdbc.update("delete from number_binding where organization_id = ? and agent_id = ?", organizationId,
				agentId);
		List<Object[]> updates = new ArrayList<>();
		for (List<Binding> list : lists.values()) {
			int[] scaled = Weights.rescale(list.stream().mapToInt(Binding::weight).toArray());
			for (int i = 0; i < scaled.length; i++) {
				if (scaled[i] != list.get(i).weight()) {
					updates.add(new Object[] { scaled[i], list.get(i).id(), organizationId });
				}
			}
		}
		this.jdbc.batchUpdate("update number_binding set weight_bp = ? where id = ? and organization_id = ?", updates);
		this.bindings.bump(organizationId, numbers);
		this.bindings.stamp(organizationId, numbers, Instant.now());
		return numbers.size();
	}

	/**
	 * Every binding, in list order, of each number and direction the agent is bound to,
	 * the agent's own included, locked until the transaction ends.
	 */
	private List<Binding> listsWith(long organizationId, long agentId) {
		return this.jdbc.query("select b.id, b.phone_number_id, b.direction, b.agent_id, b.weight_bp "
				+ "from number_binding b where b.organization_id = ? and exists (select 1 from number_binding x "
				+ "where x.organization_id = b.organization_id and x.agent_id = ? "
				+ "and x.phone_number_id = b.phone_number_id and x.direction = b.direction) "
				+ "order by b.phone_number_id, b.direction, b.position, b.id for update",
				(row, index) -> new Binding(row.getLong(1), row.getLong(2), row.getString(3), row.getLong(4),
						row.getInt(5)),
				organizationId, agentId);
	}

	private record Binding(long id, long numberId, String direction, long agentId, int weight) {
	}

}
