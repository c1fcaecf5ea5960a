package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Reads and replaces bindings in bulk: a page of the grid, one number, or ten thousand
 * numbers at once, in chunks, with batched inserts.
 */
@Component
class BindingStore {

	static final int CHUNK = 1000;

	private final NumberBindingRepository bindings;

	private final EntityManager entityManager;

	BindingStore(NumberBindingRepository bindings, EntityManager entityManager) {
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
	 * lines.
	 */
	void replace(long organizationId, Collection<Long> numberIds, Direction direction, List<BindingLine> lines,
			boolean bulk) {
		for (List<Long> chunk : chunks(numberIds)) {
			this.bindings.deleteFor(organizationId, direction, chunk);
			for (Long numberId : chunk) {
				for (int position = 0; position < lines.size(); position++) {
					this.entityManager
						.persist(new NumberBinding(organizationId, numberId, direction, lines.get(position), position));
				}
			}
			this.entityManager.flush();
			if (bulk) {
				this.entityManager.clear();
			}
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
