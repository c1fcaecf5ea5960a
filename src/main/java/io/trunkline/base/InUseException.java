package io.trunkline.base;

/**
 * A record cannot be deleted while others use it: a field error (views show it at its
 * field) that also says how many use it, which the API answers as 409.
 */
public class InUseException extends FieldException {

	private final long users;

	public InUseException(String field, String code, long users, String message) {
		super(field, code, message);
		this.users = users;
	}

	/**
	 * @return how many records use it
	 */
	public long getUsers() {
		return this.users;
	}

}
