package io.trunkline.trunk.health;

import java.time.Duration;

/** "Check now" asked again for the same trunk within the cooldown. */
public class CheckTooSoonException extends RuntimeException {

	private final Duration retryAfter;

	CheckTooSoonException(Duration retryAfter) {
		super("This trunk was just checked; try again in " + seconds(retryAfter) + " s");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds until the trunk may be checked on request again, at least 1. */
	public long retryAfterSeconds() {
		return seconds(this.retryAfter);
	}

	private static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}

}
