package io.trunkline.audit;

/**
 * Published when a request presented an API key that was refused before any service ran:
 * unknown, malformed, expired or revoked. The audit trail records it in a transaction of
 * its own. Holds the key's public id at most, never what was presented as its secret.
 *
 * @param organizationId the key's organization, or {@code null} for a key nobody knows
 * @param apiKeyId the key's database id, or {@code null}
 * @param keyId the public key id as presented (only when it names a known key, or is of
 * the format), or {@code null}
 * @param reason why it was refused, such as {@code expired}
 * @param target the request, such as {@code GET /api/v1/sip-trunks}
 */
public record ApiKeyRefused(Long organizationId, Long apiKeyId, String keyId, String reason, String target) {

}
