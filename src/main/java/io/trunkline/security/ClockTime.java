package io.trunkline.security;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.TimeMeter;

/** Bucket4j's time from a {@link Clock}, so that tests can move it. */
record ClockTime(Clock clock) implements TimeMeter {

	@Override
	public long currentTimeNanos() {
		return TimeUnit.MILLISECONDS.toNanos(this.clock.millis());
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}

}
