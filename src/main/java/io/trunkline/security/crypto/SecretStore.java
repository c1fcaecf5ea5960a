package io.trunkline.security.crypto;

/**
 * A feature that stores encrypted secrets (trunks, integrations), as a Spring bean. Key
 * rotation calls every one of them.
 */
public interface SecretStore {

	/**
	 * @return what is stored, for the log, such as "SIP trunk passwords"
	 */
	String name();

	/**
	 * Decrypts each stored secret with its {@link SecretContext} and encrypts it again,
	 * which uses the current primary key. Runs inside the rotation's transaction.
	 * @param cipher the cipher to decrypt and encrypt with
	 * @return how many secrets were re-encrypted
	 */
	int reencryptAll(CredentialCipher cipher);

}
