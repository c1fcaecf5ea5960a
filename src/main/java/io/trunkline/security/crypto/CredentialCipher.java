package io.trunkline.security.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

import com.google.crypto.tink.Aead;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Encrypts and decrypts stored secrets with Tink AEAD (AES256-GCM). Each ciphertext
 * starts with Tink's 5-byte prefix naming its key and is bound to its
 * {@link SecretContext}: it decrypts only for the same table, organization and row.
 * Outside this package only {@link #seal}, {@link #sealedEquals} and {@link #digestHa1}
 * are visible: decrypting is for the key rotation alone, so no feature can read a stored
 * secret back.
 */
@Component
public class CredentialCipher {

	private static final byte TINK_PREFIX = 0x01;

	private static final int PREFIX_LENGTH = 5;

	private final KeyRing keyRing;

	private final KeysetSync sync;

	@Autowired
	CredentialCipher(KeyRing keyRing, KeysetSync sync) {
		this.keyRing = keyRing;
		this.sync = sync;
	}

	/** A cipher on a key ring that nothing else changes (tests). */
	CredentialCipher(KeyRing keyRing) {
		this(keyRing, null);
	}

	/**
	 * Encrypts a secret a signed-in person entered, for its column.
	 * @param plaintext the secret
	 * @param context the table, organization and row the ciphertext will be stored in
	 * @return the base64 text of the ciphertext, a new one at every call
	 */
	@PreAuthorize("isAuthenticated()")
	public String seal(String plaintext, SecretContext context) {
		return Base64.getEncoder().encodeToString(encrypt(plaintext, context));
	}

	/**
	 * Whether a stored secret is this one, without handing the stored secret out: an
	 * import that names a trunk inline reuses an identical trunk, password included.
	 * @param sealed what {@link #seal} returned for the row
	 * @return {@code false} also when the stored secret does not decrypt
	 */
	@PreAuthorize("isAuthenticated()")
	public boolean sealedEquals(String sealed, String candidate, SecretContext context) {
		try {
			String stored = decrypt(Base64.getDecoder().decode(sealed), context);
			return java.security.MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
					candidate.getBytes(StandardCharsets.UTF_8));
		}
		catch (SecretUnreadableException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The digest "HA1" of a stored password for SIP digest authentication (RFC 2617 and
	 * RFC 3261: hex MD5 of {@code username:realm:password}), so that a registration check
	 * answers a challenge without the password leaving this package. MD5 because it is
	 * what SIP registrars and JAIN-SIP's digest helper use.
	 * @throws SecretUnreadableException when the stored secret does not decrypt
	 */
	@PreAuthorize("isAuthenticated()")
	public String digestHa1(String sealed, SecretContext context, String username, String realm) {
		String password = decrypt(Base64.getDecoder().decode(sealed), context);
		try {
			byte[] hash = java.security.MessageDigest.getInstance("MD5")
				.digest((username + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is missing from this JDK", ex);
		}
	}

	byte[] encrypt(String plaintext, SecretContext context) {
		return encrypt(this.keyRing.aead(), plaintext, context);
	}

	static byte[] encrypt(Aead aead, String plaintext, SecretContext context) {
		Objects.requireNonNull(plaintext, "plaintext");
		try {
			return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.associatedData());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt the secret", ex);
		}
	}

	/**
	 * Decrypts a stored secret with whichever key of the keyset encrypted it. A
	 * ciphertext of a key this instance lacks (another instance rotated a moment ago)
	 * makes it read the keyset file again first.
	 * @param ciphertext what {@link #encrypt} returned
	 * @param context where the ciphertext is stored
	 * @return the secret
	 * @throws SecretUnreadableException when the ciphertext belongs to another row,
	 * organization or table, was altered, or its key is not in the keyset
	 */
	String decrypt(byte[] ciphertext, SecretContext context) {
		Objects.requireNonNull(ciphertext, "ciphertext");
		try {
			return open(ciphertext, context);
		}
		catch (GeneralSecurityException ex) {
			if (this.sync != null && isOfUnknownKey(ciphertext) && this.sync.syncForUnknownKey()) {
				try {
					return open(ciphertext, context);
				}
				catch (GeneralSecurityException again) {
					throw new SecretUnreadableException(again);
				}
			}
			throw new SecretUnreadableException(ex);
		}
	}

	private String open(byte[] ciphertext, SecretContext context) throws GeneralSecurityException {
		return new String(this.keyRing.aead().decrypt(ciphertext, context.associatedData()), StandardCharsets.UTF_8);
	}

	private boolean isOfUnknownKey(byte[] ciphertext) {
		return ciphertext.length >= PREFIX_LENGTH && ciphertext[0] == TINK_PREFIX
				&& !this.keyRing.keys().holds(keyIdOf(ciphertext));
	}

	/**
	 * Reads the id of the key that encrypted a ciphertext from its Tink prefix, without
	 * decrypting it.
	 * @throws SecretUnreadableException when the ciphertext has no Tink prefix
	 */
	int keyIdOf(byte[] ciphertext) {
		if (ciphertext == null || ciphertext.length < PREFIX_LENGTH || ciphertext[0] != TINK_PREFIX) {
			throw new SecretUnreadableException("Stored secret has no Tink key id prefix");
		}
		return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
	}

	/**
	 * @return the id of the key that {@link #encrypt} uses now
	 */
	int primaryKeyId() {
		return this.keyRing.primaryKeyId();
	}

	@Override
	public String toString() {
		return "CredentialCipher[Tink AEAD, AES256-GCM]";
	}

}
