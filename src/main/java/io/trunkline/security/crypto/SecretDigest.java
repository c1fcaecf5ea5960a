package io.trunkline.security.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keyed digests (HMAC-SHA-256) of secrets that are checked but never read back, such as
 * API keys. The key (the "pepper") is a Tink keyset of one HMAC PRF key in a file of its
 * own beside the encryption keyset: a stolen database alone cannot test guesses. It is
 * never rotated; a new one makes every stored digest useless (every API key must then be
 * created again).
 */
@Component
public class SecretDigest {

	private static final Logger log = LoggerFactory.getLogger(SecretDigest.class);

	private static final int LENGTH = 32;

	static {
		try {
			PrfConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final PrfSet prf;

	SecretDigest(@Value("${trunkline.crypto.digest-keyset-path}") Path path,
			@Value("${trunkline.crypto.generate-if-missing}") boolean generateIfMissing) {
		KeysetHandle handle = Files.exists(path) ? load(path) : generate(path, generateIfMissing);
		try {
			this.prf = handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The digest keyset at " + path + " holds no PRF key");
		}
	}

	/**
	 * @return the 32-byte keyed digest of the text (UTF-8)
	 */
	public byte[] digest(String secret) {
		try {
			return this.prf.computePrimary(secret.getBytes(StandardCharsets.UTF_8), LENGTH);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot compute a keyed digest", ex);
		}
	}

	/**
	 * @return whether the text's digest is the stored one, compared in constant time
	 */
	public boolean matches(String secret, byte[] stored) {
		return MessageDigest.isEqual(digest(secret), stored);
	}

	private static KeysetHandle load(Path path) {
		if (KeysetFile.readableByOthers(path)) {
			log.warn("The digest keyset at {} is readable by others than its owner; make it rw-------", path);
		}
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(KeysetFile.read(path), InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			// The cause is left out: it could quote the file, which holds the key.
			throw new IllegalStateException(
					"Cannot read the digest keyset at " + path + ": it is not a Tink JSON keyset");
		}
	}

	private static KeysetHandle generate(Path path, boolean generateIfMissing) {
		if (!generateIfMissing) {
			throw new IllegalStateException("No digest keyset at " + path
					+ ". Set TRUNKLINE_DIGEST_KEYSET to an existing keyset file (the postgres profile never generates one)");
		}
		try {
			KeysetHandle handle = KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
			KeysetFile.writeAtomically(path,
					TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
			log.warn("Generated a new digest keyset at {}; back it up: without it every API key must be created again",
					path);
			return handle;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate a digest keyset", ex);
		}
	}

	@Override
	public String toString() {
		return "SecretDigest";
	}

}
