package io.trunkline.security.crypto;

/**
 * Published inside the rotation's transaction, for the audit trail.
 *
 * @param newPrimaryKeyId the key that now encrypts
 * @param reencrypted how many secrets were re-encrypted
 * @param leftUnreadable how many secrets did not decrypt and were left as they were
 */
public record KeyRotated(int newPrimaryKeyId, int reencrypted, int leftUnreadable) {

}
