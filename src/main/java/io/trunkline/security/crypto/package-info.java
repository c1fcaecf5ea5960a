/**
 * Secrets at rest (SIP trunk passwords, integration tokens): Tink AEAD with an AES256-GCM
 * keyset. {@link io.trunkline.security.crypto.CredentialCipher} encrypts a secret bound
 * to its table, organization and row
 * ({@link io.trunkline.security.crypto.SecretContext});
 * {@link io.trunkline.security.crypto.KeyRotationService} rotates the key and has every
 * {@link io.trunkline.security.crypto.SecretStore} re-encrypt what it holds.
 */
package io.trunkline.security.crypto;
