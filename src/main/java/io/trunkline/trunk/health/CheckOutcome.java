package io.trunkline.trunk.health;

/** What one OPTIONS check found. */
public enum CheckOutcome {

	/** A 2xx answer. */
	OK,

	/** Reachable, but OPTIONS answered 401/403/404/405/481/501. */
	REJECTS_OPTIONS,

	/** A timeout, 408, 503, another error answer, or no connection. */
	FAILURE,

	/** Not sent: the target is not allowed or cannot be resolved. */
	REFUSED

}
