package io.trunkline.security.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Tink keyset that encrypts stored secrets, kept in a JSON file. The file holds the
 * keys in clear and is protected by file permissions only; use a KMS-wrapped keyset in
 * production. Every key ever made stays in the keyset until it is removed on purpose.
 */
@Component
class KeyRing {

	private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

	static {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final Path path;

	// Handle and primitive are swapped together, so a reader never sees one without the
	// other.
	private volatile Keys keys;

	// The file as it was when last read, to see that another instance replaced it.
	private volatile KeysetFile.Stamp loaded;

	KeyRing(@Value("${trunkline.crypto.keyset-path}") Path path,
			@Value("${trunkline.crypto.generate-if-missing}") boolean generateIfMissing) {
		this.path = path;
		boolean exists = Files.exists(path);
		if (exists && KeysetFile.readableByOthers(path)) {
			log.warn("The encryption keyset at {} is readable by others than its owner; make it rw-------", path);
		}
		this.loaded = exists ? KeysetFile.stamp(path) : null;
		this.keys = Keys.of(exists ? load(path) : generate(path, generateIfMissing));
		if (!exists) {
			this.loaded = KeysetFile.stamp(path);
		}
	}

	Aead aead() {
		return this.keys.aead();
	}

	int primaryKeyId() {
		return this.keys.handle().getPrimary().getId();
	}

	Keys keys() {
		return this.keys;
	}

	Path path() {
		return this.path;
	}

	/**
	 * @return whether the file was replaced since this key ring last read or wrote it
	 */
	boolean fileChanged() {
		return !KeysetFile.stamp(this.path).equals(this.loaded);
	}

	/**
	 * Reads the keyset file again (another instance may have rotated the key), without
	 * using it yet.
	 * @throws IllegalStateException when the file is missing or not a keyset
	 */
	KeysetHandle readFile() {
		KeysetFile.Stamp stamp = KeysetFile.stamp(this.path);
		KeysetHandle handle = load(this.path);
		this.loaded = stamp;
		return handle;
	}

	/**
	 * Makes these keys the ones in use, unless they are the same keys with the same
	 * primary.
	 * @return whether the keys in use changed
	 */
	synchronized boolean adopt(Keys next) {
		if (next.sameAs(this.keys)) {
			return false;
		}
		this.keys = next;
		return true;
	}

	/**
	 * Builds the keyset with a new AES256-GCM primary key, in memory only: nothing
	 * encrypts with it and the file is unchanged until {@link #write} and
	 * {@link #install}. The old keys stay, so everything stored stays readable.
	 * @return the next keys
	 */
	Keys next() {
		try {
			KeysetHandle.Builder builder = KeysetHandle.newBuilder(this.keys.handle());
			KeysetHandle.Builder.Entry entry = KeysetHandle
				.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
				.withRandomId();
			builder.addEntry(entry);
			entry.makePrimary();
			return Keys.of(builder.build());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot add a key to the encryption keyset", ex);
		}
	}

	/**
	 * Writes the next keys to the keyset file; the keys in use do not change.
	 */
	synchronized void write(Keys next) {
		saveQuietly(this.path, next.handle());
		this.loaded = KeysetFile.stamp(this.path);
	}

	/**
	 * Writes the keys in use back to the file, after a {@link #write} whose rotation did
	 * not commit.
	 */
	synchronized void restoreFile() {
		saveQuietly(this.path, this.keys.handle());
		this.loaded = KeysetFile.stamp(this.path);
	}

	/**
	 * Makes the next keys the ones in use: from now on the new primary key encrypts.
	 */
	synchronized void install(Keys next) {
		this.keys = next;
	}

	@Override
	public String toString() {
		return "KeyRing[" + this.path + "]";
	}

	private static KeysetHandle load(Path path) {
		try {
			return TinkJsonProtoKeysetFormat.parseKeyset(KeysetFile.read(path), InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			// The cause is left out: it could quote the file, which holds the keys.
			throw new IllegalStateException(
					"Cannot read the encryption keyset at " + path + ": it is not a Tink JSON keyset of AEAD keys");
		}
	}

	private static KeysetHandle generate(Path path, boolean generateIfMissing) {
		if (!generateIfMissing) {
			throw new IllegalStateException("No encryption keyset at " + path
					+ ". Set TRUNKLINE_KEYSET to an existing keyset file (the postgres profile never generates one)");
		}
		try {
			KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
			save(path, handle);
			log.warn("Generated a new encryption keyset at {}; back it up: without it stored secrets cannot be read",
					path);
			return handle;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate an encryption keyset", ex);
		}
	}

	private static void save(Path path, KeysetHandle handle) throws GeneralSecurityException {
		KeysetFile.writeAtomically(path,
				TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
	}

	private static void saveQuietly(Path path, KeysetHandle handle) {
		try {
			save(path, handle);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot serialize the encryption keyset", ex);
		}
	}

	record Keys(KeysetHandle handle, Aead aead) {

		int primaryKeyId() {
			return this.handle.getPrimary().getId();
		}

		boolean holds(int keyId) {
			for (int i = 0; i < this.handle.size(); i++) {
				if (this.handle.getAt(i).getId() == keyId) {
					return true;
				}
			}
			return false;
		}

		boolean sameAs(Keys other) {
			if (other.primaryKeyId() != primaryKeyId() || other.handle.size() != this.handle.size()) {
				return false;
			}
			for (int i = 0; i < this.handle.size(); i++) {
				if (!other.holds(this.handle.getAt(i).getId())) {
					return false;
				}
			}
			return true;
		}

		@Override
		public String toString() {
			return "Keys[primary " + primaryKeyId() + "]";
		}

		static Keys of(KeysetHandle handle) {
			try {
				return new Keys(handle, handle.getPrimitive(RegistryConfiguration.get(), Aead.class));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("The encryption keyset holds keys that are not AEAD keys", ex);
			}
		}

	}

}
