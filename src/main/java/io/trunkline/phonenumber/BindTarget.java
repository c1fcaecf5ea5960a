package io.trunkline.phonenumber;

/** A number a bulk binding applies to, with the directions it takes calls in. */
record BindTarget(long id, boolean supportsInbound, boolean supportsOutbound) {

	boolean takes(Direction direction) {
		return (direction == Direction.INBOUND) ? this.supportsInbound : this.supportsOutbound;
	}

}
