package io.trunkline.security.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Rotates the key that encrypts stored secrets. An operator action.
 * <p>
 * The new key exists in memory only while every secret is decrypted and encrypted again
 * with it. The keyset file is written last inside the transaction, after every row update
 * ran and just before the commit, and written back as it was when the commit fails; only
 * a committed rotation makes the new key primary. So a refused or failed rotation leaves
 * the file as it was, and no row is ever stored under a key that is not on disk.
 * <p>
 * With several instances on one database and one shared keyset file, a rotation first
 * locks the rotation record ({@link KeysetRotations}), so rotations run one at a time
 * across instances, and reads the file again, so the new key is added to the keys the
 * last rotation left; it records its new primary key in the same transaction, which tells
 * the other instances to load the file ({@link KeysetSync}).
 */
@Service
public class KeyRotationService {

	private static final Logger log = LoggerFactory.getLogger(KeyRotationService.class);

	private final KeyRing keyRing;

	private final CredentialCipher cipher;

	private final List<SecretStore> stores;

	private final TransactionOperations transactions;

	private final ApplicationEventPublisher events;

	private final KeysetRotations rotations;

	private final KeysetSync sync;

	KeyRotationService(KeyRing keyRing, CredentialCipher cipher, List<SecretStore> stores,
			TransactionOperations transactions, ApplicationEventPublisher events, KeysetRotations rotations,
			KeysetSync sync) {
		this.rotations = rotations;
		this.sync = sync;
		this.keyRing = keyRing;
		this.cipher = cipher;
		this.stores = List.copyOf(stores);
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * Adds a new AES256-GCM key, makes it primary and has every stored secret encrypted
	 * again with it, in one transaction. Old keys stay in the keyset. When any stored
	 * secret does not decrypt where it is stored (copied from another row, altered), the
	 * rotation is refused and nothing changes: the result lists those rows. Back up the
	 * keyset file afterwards.
	 * @return the new primary key id and how many secrets were re-encrypted, or the
	 * refusal with the unreadable rows
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	public RotationResult rotate() {
		return rotate(false);
	}

	/**
	 * Like {@link #rotate}, but re-encrypts every secret that decrypts and leaves the
	 * unreadable ones as they are (they stay unreadable; their rows need a new secret).
	 * @return the new primary key id, how many were re-encrypted, and the rows left
	 */
	@PreAuthorize("hasRole('OPERATOR')")
	public RotationResult rotateLeavingUnreadable() {
		return rotate(true);
	}

	private synchronized RotationResult rotate(boolean leaveUnreadable) {
		Attempt attempt = new Attempt();
		RotationResult result;
		try {
			result = this.transactions.execute((status) -> {
				this.rotations.lock();
				this.sync.syncForRotation();
				attempt.next = this.keyRing.next();
				return reencrypt(attempt, leaveUnreadable);
			});
		}
		catch (RuntimeException ex) {
			if (attempt.written) {
				this.keyRing.restoreFile();
			}
			throw ex;
		}
		if (result.rotated()) {
			this.keyRing.install(attempt.next);
			log.info("Rotated the encryption key: new primary key id {}, re-encrypted {} secrets, left {} unreadable",
					result.newPrimaryKeyId(), result.reencrypted(), result.unreadable().size());
		}
		return result;
	}

	private RotationResult reencrypt(Attempt attempt, boolean leaveUnreadable) {
		KeyRing.Keys next = attempt.next;
		List<UnreadableSecret> unreadable = new ArrayList<>();
		List<Resealed> resealed = new ArrayList<>();
		for (SecretStore store : this.stores) {
			for (StoredSecret secret : store.secrets()) {
				String plaintext = open(secret);
				if (plaintext == null) {
					unreadable.add(UnreadableSecret.of(store, secret.context()));
				}
				else {
					resealed.add(new Resealed(store, secret, Base64.getEncoder()
						.encodeToString(CredentialCipher.encrypt(next.aead(), plaintext, secret.context()))));
				}
			}
		}
		unreadable.forEach((row) -> log.warn("Stored secret of {} does not decrypt", row.describe()));
		if (!unreadable.isEmpty() && !leaveUnreadable) {
			log.warn("Key rotation refused: {} stored secrets do not decrypt; the keyset is unchanged",
					unreadable.size());
			return RotationResult.refused(unreadable);
		}
		int reencrypted = 0;
		for (Resealed each : resealed) {
			if (each.store().replace(each.secret(), each.ciphertext())) {
				reencrypted++;
			}
		}
		this.events.publishEvent(new KeyRotated(next.primaryKeyId(), reencrypted, unreadable.size()));
		this.rotations.record(next.primaryKeyId());
		attempt.written = true;
		this.keyRing.write(next);
		return new RotationResult(true, next.primaryKeyId(), reencrypted, unreadable);
	}

	private String open(StoredSecret secret) {
		try {
			return this.cipher.decrypt(Base64.getDecoder().decode(secret.ciphertext()), secret.context());
		}
		catch (SecretUnreadableException | IllegalArgumentException ex) {
			return null;
		}
	}

	/** The next keys of one rotation, and whether the file holds them yet. */
	private static final class Attempt {

		private KeyRing.Keys next;

		private boolean written;

	}

	private record Resealed(SecretStore store, StoredSecret secret, String ciphertext) {

	}

}
