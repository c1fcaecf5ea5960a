package io.trunkline.trunk.health;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A trunk's health as the console shows it. */
public enum TrunkStatus {

	NOT_CHECKED("Not checked yet"), UP("Up"), DOWN("Down"), REJECTS_OPTIONS("Reachable, rejects OPTIONS"),

	/** Only while a check runs on this instance; never stored. */
	CHECKING("Checking");

	private final String label;

	TrunkStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * A stored status from its name in any case, as a query parameter or API value has
	 * it: {@code up}, {@code down}, {@code rejects_options}, {@code not_checked}.
	 */
	public static Optional<TrunkStatus> parameter(String value) {
		String name = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter((status) -> status != CHECKING && status.name().equals(name)).findFirst();
	}

}
