package io.trunkline.security.crypto;

import java.util.List;

/**
 * The outcome of a key rotation.
 *
 * @param rotated whether the new key is now primary; false when the rotation was refused
 * because some secrets do not decrypt (the keyset and every row are then unchanged)
 * @param newPrimaryKeyId the id of the key that now encrypts, 0 when refused
 * @param reencrypted how many stored secrets were re-encrypted with it
 * @param unreadable the rows whose secret does not decrypt; after a rotation that leaves
 * them, they keep their old ciphertext
 */
public record RotationResult(boolean rotated, int newPrimaryKeyId, int reencrypted, List<UnreadableSecret> unreadable) {

	public RotationResult {
		unreadable = List.copyOf(unreadable);
	}

	static RotationResult refused(List<UnreadableSecret> unreadable) {
		return new RotationResult(false, 0, 0, unreadable);
	}

}
