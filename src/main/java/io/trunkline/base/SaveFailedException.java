package io.trunkline.base;

/**
 * A change the database refused for a reason no rule of the service names (the reason is
 * logged, without any value): the person can only try again or tell their administrator.
 * Its code is stable for API clients.
 */
public class SaveFailedException extends RuntimeException {

	public static final String CODE = "internal_error";

	public static final String MESSAGE = "The change could not be saved. Try again; if it keeps failing, tell "
			+ "your administrator.";

	public SaveFailedException() {
		super(MESSAGE);
	}

	public String getCode() {
		return CODE;
	}

}
