package io.trunkline.base;

/**
 * Someone else saved the same thing since it was opened; the person must reload before
 * saving.
 */
public class ConcurrentChangeException extends RuntimeException {

	public static final String MESSAGE = "This was changed by someone else since you opened it. Reload to see "
			+ "their changes, then make yours again.";

	public ConcurrentChangeException() {
		super(MESSAGE);
	}

}
