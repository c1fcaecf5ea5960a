package io.trunkline.phonenumber;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.trunkline.agent.AgentSummary;
import io.trunkline.security.CurrentUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulk side of numbers, for the importer: which numbers exist already, the binding
 * rules for a whole batch, and batched inserts with ids taken from the sequence Hibernate
 * uses (each value is used by one side only, so ids never collide). Always inside the
 * caller's transaction and the caller's organization.
 */
@Component
public class NumberImport {

	private static final String INSERT = "insert into phone_number (id, version, organization_id, number, pseudo,"
			+ " region, line_type, display_name, search_name, description, provider, sip_trunk_id,"
			+ " twilio_integration_id, active, supports_inbound, supports_outbound, import_batch_id, created_at,"
			+ " updated_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final BindingStore bindings;

	private final CurrentUser currentUser;

	private final SequenceValues ids;

	NumberImport(JdbcTemplate jdbc, BindingStore bindings, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.bindings = bindings;
		this.currentUser = currentUser;
		this.ids = new SequenceValues(jdbc, "phone_number_seq");
	}

	/**
	 * Checks the agent lists for numbers that take the given directions, with the same
	 * rules as the number form; fails with a field error at {@code inbound} or
	 * {@code outbound}.
	 */
	public NumberBindings checkBindings(List<BindingLine> inbound, List<BindingLine> outbound, boolean takesInbound,
			boolean takesOutbound, Map<Long, AgentSummary> agents) {
		return new NumberBindings(BindingRules.check(Direction.INBOUND, inbound, takesInbound, agents),
				BindingRules.check(Direction.OUTBOUND, outbound, takesOutbound, agents));
	}

	/** Which of the given normalized numbers the organization has already. */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<String> present(Collection<String> numbers) {
		long organizationId = this.currentUser.organizationId();
		Set<String> present = new HashSet<>();
		for (List<String> chunk : BindingStore.chunks(numbers)) {
			String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
			List<Object> args = new ArrayList<>(chunk.size() + 1);
			args.add(organizationId);
			args.addAll(chunk);
			present.addAll(this.jdbc.queryForList(
					"select number from phone_number where organization_id = ? and number in (" + marks + ")",
					String.class, args.toArray()));
		}
		return present;
	}

	/**
	 * Inserts the numbers, which must be absent, as coming from one import batch, with
	 * their agents.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	@Transactional(propagation = Propagation.MANDATORY)
	public void insert(long batchId, List<NewNumber> numbers) {
		if (numbers.isEmpty()) {
			return;
		}
		long organizationId = this.currentUser.organizationId();
		List<Long> ids = this.ids.next(numbers.size());
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(numbers.size());
		Map<NumberBindings, List<Long>> byBindings = new LinkedHashMap<>();
		for (int i = 0; i < numbers.size(); i++) {
			NewNumber number = numbers.get(i);
			rows.add(row(ids.get(i), organizationId, batchId, number, now));
			if (number.bindings().inUse()) {
				byBindings.computeIfAbsent(number.bindings(), (key) -> new ArrayList<>()).add(ids.get(i));
			}
		}
		this.jdbc.batchUpdate(INSERT, rows);
		byBindings.forEach((lines, numberIds) -> {
			for (Direction direction : Direction.values()) {
				if (!lines.of(direction).isEmpty()) {
					this.bindings.replace(organizationId, numberIds, direction, lines.of(direction));
				}
			}
		});
	}

	private static Object[] row(long id, long organizationId, long batchId, NewNumber number, Timestamp now) {
		NormalizedNumber normalized = number.number();
		String name = number.shownName();
		return new Object[] { id, organizationId, normalized.e164(), normalized.pseudo(), normalized.region(),
				normalized.lineType().name(), name, name.toLowerCase(Locale.ROOT), number.description(),
				number.provider().name(), number.sipTrunkId(), number.twilioIntegrationId(), true, true, batchId, now,
				now };
	}

}
