package io.trunkline.phonenumber;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and replaces bindings in bulk: a page of the grid, one number, or ten thousand
 * numbers at once, in chunks, with batched inserts; and the bindings version of the
 * numbers, which every change made after a number was created bumps.
 */
@Component
class BindingStore {

	static final int CHUNK = 1000;

	private static final String INSERT = "insert into number_binding (id, organization_id, phone_number_id, direction, "
			+ "agent_id, version_ref, weight_bp, position) select nextval('number_binding_seq'), p.organization_id, p.id, "
			+ "?, ?, ?, ?, ? from phone_number p where p.organization_id = ? and p.id in ";

	private static final String BUMP = "update phone_number set bindings_version = bindings_version + 1"
			+ " where organization_id = ?";

	private final NumberBindingRepository bindings;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	BindingStore(NumberBindingRepository bindings, EntityManager entityManager, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.bindings = bindings;
		this.entityManager = entityManager;
	}

	Map<Long, NumberBindings> read(long organizationId, Collection<Long> numberIds) {
		Map<Long, List<BindingLine>> inbound = new HashMap<>();
		Map<Long, List<BindingLine>> outbound = new HashMap<>();
		for (List<Long> chunk : chunks(numberIds)) {
			for (NumberBinding binding : this.bindings.findForNumbers(organizationId, chunk)) {
				Map<Long, List<BindingLine>> side = (binding.direction == Direction.INBOUND) ? inbound : outbound;
				side.computeIfAbsent(binding.phoneNumberId, (id) -> new ArrayList<>()).add(binding.line());
			}
		}
		Map<Long, NumberBindings> result = new HashMap<>();
		for (Long id : numberIds) {
			result.put(id,
					new NumberBindings(inbound.getOrDefault(id, List.of()), outbound.getOrDefault(id, List.of())));
		}
		return result;
	}

	/**
	 * Replaces the list of one direction on every given number with the same checked
	 * lines: per chunk of numbers, one delete and one set-based insert per line. Ids come
	 * from the sequence Hibernate uses; each value is taken by one side only, so ids
	 * never collide.
	 */
	void replace(long organizationId, Collection<Long> numberIds, Direction direction, List<BindingLine> lines) {
		write(organizationId, numberIds, direction, lines, true);
	}

	/**
	 * Gives numbers created in this transaction, which have no bindings yet, their list
	 * of one direction: {@link #replace} without the delete (a create with no agents
	 * writes nothing here at all).
	 */
	void add(long organizationId, Collection<Long> newNumberIds, Direction direction, List<BindingLine> lines) {
		if (!lines.isEmpty()) {
			write(organizationId, newNumberIds, direction, lines, false);
		}
	}

	private void write(long organizationId, Collection<Long> numberIds, Direction direction, List<BindingLine> lines,
			boolean deleteFirst) {
		this.entityManager.flush();
		for (List<Long> chunk : chunks(numberIds)) {
			if (deleteFirst) {
				this.bindings.deleteFor(organizationId, direction, chunk);
			}
			String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
			for (int position = 0; position < lines.size(); position++) {
				BindingLine line = lines.get(position);
				List<Object> args = new ArrayList<>(List.of(direction.name(), line.agentId(), line.versionRef(),
						line.weightBp(), position, organizationId));
				args.addAll(chunk);
				this.jdbc.update(INSERT + "(" + marks + ")", args.toArray());
			}
		}
	}

	/**
	 * Counts a change of the agent lists of every given number: each one's bindings
	 * version goes up by one.
	 */
	void bump(long organizationId, Collection<Long> numberIds) {
		for (List<Long> chunk : chunks(numberIds)) {
			String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
			List<Object> args = new ArrayList<>(List.of(organizationId));
			args.addAll(chunk);
			this.jdbc.update(BUMP + " and id in (" + marks + ")", args.toArray());
		}
	}

	/**
	 * Counts a change of one number's agent lists, made by someone who read them at
	 * {@code expected}.
	 * @return whether they were still at that version (and are now at the next)
	 */
	boolean bump(long organizationId, long numberId, long expected) {
		return this.jdbc.update(BUMP + " and id = ? and bindings_version = ?", organizationId, numberId, expected) == 1;
	}

	/**
	 * Notes that the agent lists of every given number changed at {@code at}.
	 */
	void stamp(long organizationId, Collection<Long> numberIds, Instant at) {
		Timestamp time = Timestamp.from(at);
		for (List<Long> chunk : chunks(numberIds)) {
			String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
			List<Object> args = new ArrayList<>(List.of(time, organizationId));
			args.addAll(chunk);
			this.jdbc.update("update phone_number set bindings_changed_at = ? where organization_id = ? and id in ("
					+ marks + ")", args.toArray());
		}
	}

	static <T> List<List<T>> chunks(Collection<T> values) {
		List<T> all = List.copyOf(values);
		List<List<T>> chunks = new ArrayList<>();
		for (int start = 0; start < all.size(); start += CHUNK) {
			chunks.add(all.subList(start, Math.min(all.size(), start + CHUNK)));
		}
		return chunks;
	}

}
