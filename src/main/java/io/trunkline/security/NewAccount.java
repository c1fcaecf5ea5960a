package io.trunkline.security;

/**
 * A created account and its one-time temporary password, shown once to whoever created
 * it.
 *
 * @param userId the new person's id
 * @param email the email they sign in with
 * @param temporaryPassword the generated password, or {@code null} when one was given
 */
public record NewAccount(long userId, String email, String temporaryPassword) {

	@Override
	public String toString() {
		return "NewAccount[userId=" + this.userId + "]";
	}

}
