package io.trunkline.agent;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Number bindings written straight into {@code number_binding}, as the phone number
 * feature would store them, with ids far above what its sequence hands out in tests.
 */
public final class BindingRows {

	private static final AtomicLong IDS = new AtomicLong(900000);

	private final JdbcTemplate jdbc;

	public BindingRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void bind(long organizationId, long numberId, String direction, long agentId, int weightBp, int position) {
		this.jdbc.update(
				"insert into number_binding (id, organization_id, phone_number_id, direction, agent_id, "
						+ "version_ref, weight_bp, position) values (?, ?, ?, ?, ?, 'latest', ?, ?)",
				IDS.incrementAndGet(), organizationId, numberId, direction, agentId, weightBp, position);
	}

	/** The weights of a number's list for a direction, in order. */
	public List<Integer> weights(long numberId, String direction) {
		return this.jdbc
			.queryForList("select weight_bp from number_binding where phone_number_id = ? and direction = ? "
					+ "order by position, id", Integer.class, numberId, direction);
	}

	/** The agents of a number's list for a direction, in order. */
	public List<Long> agents(long numberId, String direction) {
		return this.jdbc.queryForList("select agent_id from number_binding where phone_number_id = ? and direction = ? "
				+ "order by position, id", Long.class, numberId, direction);
	}

}
