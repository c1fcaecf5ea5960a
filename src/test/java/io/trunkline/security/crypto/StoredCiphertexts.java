package io.trunkline.security.crypto;

import java.util.Base64;

/**
 * For tests of other features: reads what the cipher keeps package-private, from a stored
 * base64 column.
 */
public final class StoredCiphertexts {

	private StoredCiphertexts() {
	}

	public static int keyIdOf(CredentialCipher cipher, String column) {
		return cipher.keyIdOf(Base64.getDecoder().decode(column));
	}

	public static String decrypt(CredentialCipher cipher, String column, SecretContext context) {
		return cipher.decrypt(Base64.getDecoder().decode(column), context);
	}

	public static int primaryKeyId(CredentialCipher cipher) {
		return cipher.primaryKeyId();
	}

}
