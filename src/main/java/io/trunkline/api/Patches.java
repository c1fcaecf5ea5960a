package io.trunkline.api;

import java.util.function.Consumer;

/**
 * The rule of every PATCH body: a missing or null field keeps its value.
 */
final class Patches {

	private Patches() {
	}

	static <T> void set(T value, Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

}
