package io.trunkline.security.crypto;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances, A and B, on one keyset file and one rotation record (the database row):
 * what one rotates, the other reads without a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeysetSyncTest {

	private static final SecretContext ROW = new SecretContext("sip_trunk", 7, 100);

	@TempDir
	Path dir;

	private final SharedRotationRecord record = new SharedRotationRecord();

	private Instance a;

	private Instance b;

	@BeforeEach
	void startTwoInstances() {
		Path keyset = this.dir.resolve("keyset.json");
		this.a = new Instance(new KeyRing(keyset, true), this.record);
		this.b = new Instance(new KeyRing(keyset, false), this.record);
	}

	@Test
	void b_reads_a_secret_that_a_wrote_after_rotating_at_once_without_a_restart() {
		int before = this.b.cipher.primaryKeyId();
		this.a.rotation(committing()).rotate();
		byte[] written = this.a.cipher.encrypt("after-rotation", ROW);

		assertThat(this.b.cipher.decrypt(written, ROW)).isEqualTo("after-rotation");
		assertThat(this.b.cipher.primaryKeyId()).isEqualTo(this.a.cipher.primaryKeyId()).isNotEqualTo(before);
	}

	@Test
	void b_polls_and_then_encrypts_with_the_key_a_rotated_to() {
		int rotatedTo = this.a.rotation(committing()).rotate().newPrimaryKeyId();

		assertThat(this.b.sync.sync(false)).isTrue();
		byte[] written = this.b.cipher.encrypt("by-b", ROW);

		assertThat(this.b.cipher.keyIdOf(written)).isEqualTo(rotatedTo);
		assertThat(this.a.cipher.decrypt(written, ROW)).isEqualTo("by-b");
		assertThat(this.b.sync.sync(false)).as("a second poll with nothing new").isFalse();
	}

	@Test
	void a_rotation_whose_commit_fails_is_never_used_by_b() {
		int before = this.b.cipher.primaryKeyId();
		TransactionOperations failing = new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				action.doInTransaction(null);
				// The file holds the new key now, its rotation has not committed: B
				// polls.
				KeysetSyncTest.this.b.sync.sync(true);
				KeysetSyncTest.this.record.rollback();
				throw new IllegalStateException("commit failed");
			}
		};
		assertThatThrownBy(() -> this.a.rotation(failing).rotate()).hasMessage("commit failed");

		assertThat(this.b.cipher.primaryKeyId()).isEqualTo(before);
		this.b.sync.sync(true);
		assertThat(this.b.cipher.primaryKeyId()).isEqualTo(before);
		assertThat(new KeyRing(this.dir.resolve("keyset.json"), false).primaryKeyId()).isEqualTo(before);
	}

	@Test
	void b_rotating_after_a_keeps_the_key_a_made() {
		this.a.rotation(committing()).rotate();
		byte[] underAsKey = this.a.cipher.encrypt("a's", ROW);

		this.b.rotation(committing()).rotate();

		KeyRing restarted = new KeyRing(this.dir.resolve("keyset.json"), false);
		assertThat(new CredentialCipher(restarted).decrypt(underAsKey, ROW)).isEqualTo("a's");
		assertThat(restarted.primaryKeyId()).isEqualTo(this.b.cipher.primaryKeyId());
		assertThat(this.record.locks).isEqualTo(2);
	}

	@Test
	void an_instance_with_another_keyset_file_keeps_its_keys_and_says_why(CapturedOutput output) {
		Instance other = new Instance(new KeyRing(this.dir.resolve("other/keyset.json"), true), this.record);
		int own = other.cipher.primaryKeyId();
		int rotatedTo = this.a.rotation(committing()).rotate().newPrimaryKeyId();

		assertThat(other.sync.sync(false)).isFalse();

		assertThat(other.cipher.primaryKeyId()).isEqualTo(own);
		assertThat(output.getOut()).contains("lacks key " + Integer.toUnsignedString(rotatedTo)
				+ " that the last key rotation made primary; every instance must use the same keyset file");
	}

	/** Runs the rotation and commits the record, as the transaction would. */
	private TransactionOperations committing() {
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				T result = action.doInTransaction(null);
				KeysetSyncTest.this.record.commit();
				return result;
			}
		};
	}

	private static final class Instance {

		final KeyRing keyRing;

		final KeysetSync sync;

		final CredentialCipher cipher;

		final KeysetRotations record;

		Instance(KeyRing keyRing, KeysetRotations record) {
			this.keyRing = keyRing;
			this.record = record;
			this.sync = new KeysetSync(keyRing, record, Duration.ofSeconds(10));
			this.cipher = new CredentialCipher(keyRing, this.sync);
		}

		KeyRotationService rotation(TransactionOperations transactions) {
			return new KeyRotationService(this.keyRing, this.cipher, List.of(), transactions, (event) -> {
			}, this.record, this.sync);
		}

	}

}
