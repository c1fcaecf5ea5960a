package io.trunkline.security.crypto;

/**
 * Published inside the rotation's transaction, for the audit trail.
 */
public record KeyRotated(int newPrimaryKeyId, int reencrypted) {

}
