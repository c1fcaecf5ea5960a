package io.trunkline.phonenumber;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

/**
 * Agents to bind to many numbers at once: either the selected numbers or every number
 * that matches a filter. A direction's list left {@code null} is not changed; an empty
 * list unbinds.
 */
public record BulkBinding(Set<Long> numberIds, @Valid NumberFilter filter, List<BindingLine> inbound,
		List<BindingLine> outbound) {

	public static BulkBinding selected(Set<Long> numberIds, List<BindingLine> inbound, List<BindingLine> outbound) {
		return new BulkBinding(numberIds, null, inbound, outbound);
	}

	public static BulkBinding matching(NumberFilter filter, List<BindingLine> inbound, List<BindingLine> outbound) {
		return new BulkBinding(null, filter, inbound, outbound);
	}

	List<BindingLine> of(Direction direction) {
		return (direction == Direction.INBOUND) ? this.inbound : this.outbound;
	}

}
