package io.trunkline.security.crypto;

/**
 * The outcome of a key rotation.
 *
 * @param newPrimaryKeyId the id of the key that now encrypts
 * @param reencrypted how many stored secrets were re-encrypted with it
 */
public record RotationResult(int newPrimaryKeyId, int reencrypted) {

}
