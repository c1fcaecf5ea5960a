package io.trunkline.trunk;

import java.util.Base64;

import io.trunkline.security.crypto.CredentialCipher;
import io.trunkline.security.crypto.SecretContext;

/**
 * Turns a secret into the base64 ciphertext stored in a column, and back.
 */
final class StoredSecrets {

	private StoredSecrets() {
	}

	static String seal(CredentialCipher cipher, String plaintext, SecretContext context) {
		return Base64.getEncoder().encodeToString(cipher.encrypt(plaintext, context));
	}

	static String open(CredentialCipher cipher, String stored, SecretContext context) {
		return cipher.decrypt(Base64.getDecoder().decode(stored), context);
	}

}
