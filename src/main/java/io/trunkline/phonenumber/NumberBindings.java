package io.trunkline.phonenumber;

import java.util.List;

/**
 * The agents of one number: who answers its calls, and who places calls from it.
 */
public record NumberBindings(List<BindingLine> inbound, List<BindingLine> outbound) {

	public static final NumberBindings NONE = new NumberBindings(List.of(), List.of());

	public List<BindingLine> of(Direction direction) {
		return (direction == Direction.INBOUND) ? this.inbound : this.outbound;
	}

	/** "In use" when any agent is bound, "Free" otherwise (as one reference API says). */
	public boolean inUse() {
		return !this.inbound.isEmpty() || !this.outbound.isEmpty();
	}

}
