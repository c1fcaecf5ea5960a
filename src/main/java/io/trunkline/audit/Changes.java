package io.trunkline.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fields an entry records, with their old and new values as text. Values longer than
 * {@link #VALUE_MAX} characters are cut; id lists keep their first {@link #IDS_MAX} ids
 * and say how many there were.
 */
public final class Changes {

	/** What a secret shows instead of its value. */
	public static final String SECRET_CHANGED = "changed";

	static final int VALUE_MAX = 500;

	public static final int IDS_MAX = 50;

	private final List<FieldChange> list = new ArrayList<>();

	/** No fields: the action says it all (a sign-in, for example). */
	public static Changes none() {
		return new Changes();
	}

	/** Every field of a new record that has a value. */
	public static Changes created(Snapshot after) {
		Changes changes = new Changes();
		after.values().forEach((field, value) -> changes.set(field, value));
		return changes;
	}

	/** The fields whose value differs between the two snapshots. */
	public static Changes updated(Snapshot before, Snapshot after) {
		Changes changes = new Changes();
		after.values().forEach((field, value) -> changes.change(field, before.values().get(field), value));
		return changes;
	}

	/** Every field of a deleted record that had a value, as old values. */
	public static Changes deleted(Snapshot before) {
		Changes changes = new Changes();
		before.values().forEach((field, value) -> {
			if (value != null) {
				changes.list.add(new FieldChange(field, value, null));
			}
		});
		return changes;
	}

	/** Adds a field when its text changed. */
	public Changes change(String field, Object oldValue, Object newValue) {
		String before = text(oldValue);
		String after = text(newValue);
		if (!Objects.equals(before, after)) {
			this.list.add(new FieldChange(field, before, after));
		}
		return this;
	}

	/** Adds a field with its value only (a count, a new record's field). */
	public Changes set(String field, Object value) {
		String text = text(value);
		if (text != null) {
			this.list.add(new FieldChange(field, null, text));
		}
		return this;
	}

	/** Records that a secret was set, replaced or removed, never its value. */
	public Changes secretChanged(String field) {
		this.list.add(new FieldChange(field, null, SECRET_CHANGED));
		return this;
	}

	/**
	 * Adds the ids of many records, smallest first: all of them up to {@value #IDS_MAX},
	 * otherwise how many and the first {@value #IDS_MAX} ("120 in all, the first 50: 1,
	 * 2, ...").
	 */
	public Changes ids(String field, Collection<Long> ids) {
		List<Long> sorted = ids.stream().sorted().toList();
		String shown = sorted.stream().limit(IDS_MAX).map(String::valueOf).collect(Collectors.joining(", "));
		return set(field,
				(sorted.size() > IDS_MAX) ? sorted.size() + " in all, the first " + IDS_MAX + ": " + shown : shown);
	}

	public List<FieldChange> list() {
		return Collections.unmodifiableList(this.list);
	}

	public boolean isEmpty() {
		return this.list.isEmpty();
	}

	/**
	 * A value as the trail shows it: sets and maps sorted, lists in their order, enums by
	 * name; blank is no value.
	 */
	static String text(Object value) {
		String text = switch (value) {
			case null -> null;
			case Set<?> set -> set.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
			case Collection<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining(", "));
			case Map<?, ?> map -> new TreeMap<>(map).entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue())
				.collect(Collectors.joining(", "));
			case Enum<?> constant -> constant.name();
			default -> value.toString();
		};
		if (text == null || text.isBlank()) {
			return null;
		}
		return (text.length() > VALUE_MAX) ? text.substring(0, VALUE_MAX - 1) + "…" : text;
	}

}
