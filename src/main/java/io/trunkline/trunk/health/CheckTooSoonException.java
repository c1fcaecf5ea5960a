package io.trunkline.trunk.health;

import java.time.Duration;

/** "Check now" asked again for the same trunk within the cooldown. */
public class CheckTooSoonException extends RuntimeException {

	CheckTooSoonException(Duration cooldown) {
		super("This trunk was just checked; try again in " + cooldown.toSeconds() + " s");
	}

}
