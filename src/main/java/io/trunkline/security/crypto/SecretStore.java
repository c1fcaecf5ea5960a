package io.trunkline.security.crypto;

import java.util.List;

/**
 * A feature that stores encrypted secrets (trunks, integrations), as a Spring bean. Key
 * rotation reads every stored ciphertext through it and writes back the re-encrypted one;
 * the store itself never sees a secret in clear nor the cipher.
 */
public interface SecretStore {

	/**
	 * @return what is stored, for the log, such as "SIP trunk passwords"
	 */
	String name();

	/**
	 * @return every stored ciphertext with the row it is stored in, across organizations
	 */
	List<StoredSecret> secrets();

	/**
	 * Replaces a stored ciphertext, only if the row still holds the one that was read.
	 * Runs inside the rotation's transaction.
	 * @param secret what {@link #secrets} returned
	 * @param ciphertext the base64 ciphertext under the new primary key
	 * @return false when the row changed or went away meanwhile (it is left as it is)
	 */
	boolean replace(StoredSecret secret, String ciphertext);

}
