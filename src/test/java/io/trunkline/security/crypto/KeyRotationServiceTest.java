package io.trunkline.security.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyRotationServiceTest {

	private static final SecretContext A = new SecretContext("sip_trunk", 7, 100);

	@TempDir
	Path dir;

	private Path keyset;

	private KeyRing keyRing;

	private CredentialCipher cipher;

	private final List<Object> published = new java.util.ArrayList<>();

	private final SharedRotationRecord record = new SharedRotationRecord();

	@BeforeEach
	void createKeyRing() {
		this.keyset = this.dir.resolve("keyset.json");
		this.keyRing = new KeyRing(this.keyset, true);
		this.cipher = new CredentialCipher(this.keyRing);
	}

	@Test
	void old_ciphertext_still_decrypts_after_rotation() {
		byte[] a = this.cipher.encrypt("password-a", A);
		rotation(List.of()).rotate();
		assertThat(this.cipher.decrypt(a, A)).isEqualTo("password-a");
	}

	@Test
	void new_ciphertexts_carry_the_new_primary_key_id() {
		int oldKeyId = this.cipher.primaryKeyId();
		RotationResult result = rotation(List.of()).rotate();
		byte[] b = this.cipher.encrypt("password-b", A);
		assertThat(result.newPrimaryKeyId()).isEqualTo(this.cipher.primaryKeyId()).isNotEqualTo(oldKeyId);
		assertThat(this.cipher.keyIdOf(b)).isEqualTo(this.cipher.primaryKeyId());
		assertThat(result.reencrypted()).isZero();
	}

	@Test
	void secret_stores_end_on_the_new_key_and_still_decrypt() {
		FakeSecretStore trunks = new FakeSecretStore("SIP trunk passwords");
		trunks.put(new SecretContext("sip_trunk", 7, 100), "trunk-7-100");
		trunks.put(new SecretContext("sip_trunk", 8, 200), "trunk-8-200");
		FakeSecretStore twilio = new FakeSecretStore("Twilio auth tokens");
		twilio.put(new SecretContext("twilio_integration", 7, 300), "twilio-7-300");
		int oldKeyId = this.cipher.primaryKeyId();

		RotationResult result = rotation(List.of(trunks, twilio)).rotate();

		assertThat(result.reencrypted()).isEqualTo(3);
		for (FakeSecretStore store : List.of(trunks, twilio)) {
			store.stored.forEach((context, ciphertext) -> {
				assertThat(this.cipher.keyIdOf(bytes(ciphertext))).isEqualTo(result.newPrimaryKeyId())
					.isNotEqualTo(oldKeyId);
				assertThat(this.cipher.decrypt(bytes(ciphertext), context)).isEqualTo(store.plaintexts.get(context));
			});
		}
	}

	@Test
	void fresh_key_ring_reads_old_and_new_ciphertexts_after_rotation() throws Exception {
		byte[] a = this.cipher.encrypt("password-a", A);
		rotation(List.of()).rotate();
		byte[] b = this.cipher.encrypt("password-b", A);

		CredentialCipher restarted = new CredentialCipher(new KeyRing(this.keyset, false));

		assertThat(restarted.decrypt(a, A)).isEqualTo("password-a");
		assertThat(restarted.decrypt(b, A)).isEqualTo("password-b");
		assertThat(restarted.primaryKeyId()).isEqualTo(this.cipher.primaryKeyId());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.keyset))).isEqualTo("rw-------");
		assertThat(Files.list(this.dir)).containsExactly(this.keyset);
	}

	@Test
	void a_copied_ciphertext_refuses_the_rotation_and_leaves_keyset_and_rows_unchanged() throws Exception {
		FakeSecretStore trunks = new FakeSecretStore("SIP trunk passwords");
		SecretContext first = new SecretContext("sip_trunk", 7, 100);
		SecretContext second = new SecretContext("sip_trunk", 7, 101);
		trunks.put(first, "first");
		trunks.put(second, "second");
		trunks.stored.put(second, trunks.stored.get(first));
		Map<SecretContext, String> before = new LinkedHashMap<>(trunks.stored);
		String keysetBefore = Files.readString(this.keyset);
		int primaryBefore = this.cipher.primaryKeyId();

		RotationResult result = rotation(List.of(trunks)).rotate();

		assertThat(result.rotated()).isFalse();
		assertThat(result.unreadable())
			.containsExactly(new UnreadableSecret("SIP trunk passwords", "sip_trunk", 7, 101));
		assertThat(result.toString()).doesNotContain("first").doesNotContain(trunks.stored.get(first));
		assertThat(Files.readString(this.keyset)).isEqualTo(keysetBefore);
		assertThat(this.cipher.primaryKeyId()).isEqualTo(primaryBefore);
		assertThat(trunks.stored).isEqualTo(before);
		assertThat(this.published).isEmpty();
	}

	@Test
	void rotating_the_others_reencrypts_the_readable_and_writes_the_keyset_once() throws Exception {
		FakeSecretStore trunks = new FakeSecretStore("SIP trunk passwords");
		SecretContext first = new SecretContext("sip_trunk", 7, 100);
		SecretContext second = new SecretContext("sip_trunk", 7, 101);
		trunks.put(first, "first");
		trunks.put(second, "second");
		trunks.stored.put(second, trunks.stored.get(first));
		String copied = trunks.stored.get(second);
		rotation(List.of(trunks)).rotate();

		RotationResult result = rotation(List.of(trunks)).rotateLeavingUnreadable();

		assertThat(result.rotated()).isTrue();
		assertThat(result.reencrypted()).isEqualTo(1);
		assertThat(result.unreadable()).extracting(UnreadableSecret::rowId).containsExactly(101L);
		assertThat(this.cipher.keyIdOf(bytes(trunks.stored.get(first)))).isEqualTo(result.newPrimaryKeyId());
		assertThat(this.cipher.decrypt(bytes(trunks.stored.get(first)), first)).isEqualTo("first");
		assertThat(trunks.stored.get(second)).isEqualTo(copied);
		assertThat(keyCount()).isEqualTo(2);
		assertThat(new KeyRing(this.keyset, false).primaryKeyId()).isEqualTo(result.newPrimaryKeyId());
		assertThat(this.published).containsExactly(new KeyRotated(result.newPrimaryKeyId(), 1, 1));
	}

	@Test
	void a_commit_that_fails_puts_the_keyset_back_and_keeps_the_old_primary_key() throws Exception {
		FakeSecretStore trunks = new FakeSecretStore("SIP trunk passwords");
		trunks.put(A, "a");
		String keysetBefore = Files.readString(this.keyset);
		int primaryBefore = this.cipher.primaryKeyId();
		TransactionOperations failingCommit = new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				action.doInTransaction(null);
				throw new IllegalStateException("commit failed");
			}
		};
		KeyRotationService rotation = new KeyRotationService(this.keyRing, this.cipher, List.of(trunks), failingCommit,
				this.published::add, this.record, new KeysetSync(this.keyRing, this.record, Duration.ofSeconds(10)));

		assertThatThrownBy(rotation::rotate).hasMessage("commit failed");

		assertThat(Files.readString(this.keyset)).isEqualTo(keysetBefore);
		assertThat(this.cipher.primaryKeyId()).isEqualTo(primaryBefore);
	}

	@Test
	void rotate_is_for_operators_only() throws Exception {
		for (String method : List.of("rotate", "rotateLeavingUnreadable")) {
			PreAuthorize rule = KeyRotationService.class.getMethod(method).getAnnotation(PreAuthorize.class);
			assertThat(rule).isNotNull();
			assertThat(rule.value()).isEqualTo("hasRole('OPERATOR')");
		}
	}

	private int keyCount() throws Exception {
		return Files.readString(this.keyset).split("\"keyId\"", -1).length - 1;
	}

	private static byte[] bytes(String ciphertext) {
		return Base64.getDecoder().decode(ciphertext);
	}

	private KeyRotationService rotation(List<SecretStore> stores) {
		return new KeyRotationService(this.keyRing, this.cipher, stores, TransactionOperations.withoutTransaction(),
				this.published::add, this.record, new KeysetSync(this.keyRing, this.record, Duration.ofSeconds(10)));
	}

	/**
	 * A feature's stored secrets, as a map from row to base64 ciphertext.
	 */
	private final class FakeSecretStore implements SecretStore {

		private final String name;

		private final Map<SecretContext, String> plaintexts = new LinkedHashMap<>();

		private final Map<SecretContext, String> stored = new LinkedHashMap<>();

		FakeSecretStore(String name) {
			this.name = name;
		}

		void put(SecretContext context, String plaintext) {
			this.plaintexts.put(context, plaintext);
			this.stored.put(context, KeyRotationServiceTest.this.cipher.seal(plaintext, context));
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public List<StoredSecret> secrets() {
			return this.stored.entrySet()
				.stream()
				.map((entry) -> new StoredSecret(entry.getKey(), entry.getValue()))
				.toList();
		}

		@Override
		public boolean replace(StoredSecret secret, String ciphertext) {
			return this.stored.replace(secret.context(), secret.ciphertext(), ciphertext);
		}

	}

}
