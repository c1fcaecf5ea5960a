package io.trunkline.security.crypto;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotates the key that encrypts stored secrets. An operator action.
 */
@Service
@Transactional
public class KeyRotationService {

	private static final Logger log = LoggerFactory.getLogger(KeyRotationService.class);

	private final KeyRing keyRing;

	private final CredentialCipher cipher;

	private final List<SecretStore> stores;

	private final ApplicationEventPublisher events;

	KeyRotationService(KeyRing keyRing, CredentialCipher cipher, List<SecretStore> stores,
			ApplicationEventPublisher events) {
		this.keyRing = keyRing;
		this.cipher = cipher;
		this.stores = List.copyOf(stores);
		this.events = events;
	}

	/**
	 * Adds a new AES256-GCM key to the keyset, makes it primary and writes the keyset
	 * file, then has every {@link SecretStore} re-encrypt its secrets with it. Old keys
	 * stay in the keyset, so every row is readable before, during and after the rotation,
	 * and a failed re-encryption (rolled back) leaves rows on a key that still decrypts
	 * them. Removing an old key once nothing uses it is a later, separate step. Back up
	 * the keyset file before and after.
	 * @return the new primary key id and how many secrets were re-encrypted
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	public RotationResult rotate() {
		int primaryKeyId = this.keyRing.rotate();
		int reencrypted = 0;
		for (SecretStore store : this.stores) {
			int count = store.reencryptAll(this.cipher);
			log.info("Re-encrypted {} secrets of {}", count, store.name());
			reencrypted += count;
		}
		log.info("Rotated the encryption key: new primary key id {}, re-encrypted {} secrets", primaryKeyId,
				reencrypted);
		this.events.publishEvent(new KeyRotated(primaryKeyId, reencrypted));
		return new RotationResult(primaryKeyId, reencrypted);
	}

}
