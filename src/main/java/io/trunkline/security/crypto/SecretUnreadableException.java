package io.trunkline.security.crypto;

/**
 * A stored secret that does not decrypt: it was moved to another row, organization or
 * table, was altered, or its key is no longer in the keyset. The message never contains
 * the secret or key material.
 */
public class SecretUnreadableException extends RuntimeException {

	static final String MESSAGE = "Stored secret cannot be decrypted (wrong row, organization or key)";

	SecretUnreadableException(String message) {
		super(message);
	}

	SecretUnreadableException(Throwable cause) {
		super(MESSAGE, cause);
	}

}
