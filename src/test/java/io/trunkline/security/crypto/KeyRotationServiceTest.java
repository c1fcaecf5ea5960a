package io.trunkline.security.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.access.prepost.PreAuthorize;

import static org.assertj.core.api.Assertions.assertThat;

class KeyRotationServiceTest {

	private static final SecretContext A = new SecretContext("sip_trunk", 7, 100);

	@TempDir
	Path dir;

	private Path keyset;

	private KeyRing keyRing;

	private CredentialCipher cipher;

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
				assertThat(this.cipher.keyIdOf(ciphertext)).isEqualTo(result.newPrimaryKeyId()).isNotEqualTo(oldKeyId);
				assertThat(this.cipher.decrypt(ciphertext, context)).isEqualTo(store.plaintexts.get(context));
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
	void rotate_is_for_operators_only() throws Exception {
		PreAuthorize rule = KeyRotationService.class.getMethod("rotate").getAnnotation(PreAuthorize.class);
		assertThat(rule).isNotNull();
		assertThat(rule.value()).isEqualTo("hasRole('OPERATOR')");
	}

	private KeyRotationService rotation(List<SecretStore> stores) {
		return new KeyRotationService(this.keyRing, this.cipher, stores, (event) -> {
		});
	}

	/**
	 * A feature's stored secrets, as a map from row to ciphertext.
	 */
	private final class FakeSecretStore implements SecretStore {

		private final String name;

		private final Map<SecretContext, String> plaintexts = new LinkedHashMap<>();

		private final Map<SecretContext, byte[]> stored = new LinkedHashMap<>();

		FakeSecretStore(String name) {
			this.name = name;
		}

		void put(SecretContext context, String plaintext) {
			this.plaintexts.put(context, plaintext);
			this.stored.put(context, KeyRotationServiceTest.this.cipher.encrypt(plaintext, context));
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public int reencryptAll(CredentialCipher cipher) {
			this.stored
				.replaceAll((context, ciphertext) -> cipher.encrypt(cipher.decrypt(ciphertext, context), context));
			return this.stored.size();
		}

	}

}
