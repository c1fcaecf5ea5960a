package io.trunkline.security.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialCipherTest {

	private static final String SECRET = "sip-password-Zq81";

	private static final SecretContext ROW = new SecretContext("sip_trunk", 7, 100);

	@TempDir
	Path dir;

	private CredentialCipher cipher;

	@BeforeEach
	void createCipher() {
		this.cipher = new CredentialCipher(new KeyRing(this.dir.resolve("keyset.json"), true));
	}

	@Test
	void round_trip_returns_the_plaintext() {
		assertThat(this.cipher.decrypt(this.cipher.encrypt(SECRET, ROW), ROW)).isEqualTo(SECRET);
		assertThat(this.cipher.decrypt(this.cipher.encrypt("", ROW), ROW)).isEmpty();
	}

	@Test
	void the_digest_ha1_is_rfc_2617s_md5_of_user_realm_and_password_and_bound_to_the_row() {
		String sealed = this.cipher.seal(SECRET, ROW);
		// echo -n 'trunk-user:trunkline.test:sip-password-Zq81' | md5sum
		assertThat(this.cipher.digestHa1(sealed, ROW, "trunk-user", "trunkline.test"))
			.isEqualTo("404aed0783cd88c9180183d555dea475");
		assertThatThrownBy(() -> this.cipher.digestHa1(sealed, new SecretContext("sip_trunk", 7, 101), "trunk-user",
				"trunkline.test"))
			.isInstanceOf(SecretUnreadableException.class);
	}

	@Test
	void same_plaintext_encrypts_differently_each_time() {
		assertThat(this.cipher.encrypt(SECRET, ROW)).isNotEqualTo(this.cipher.encrypt(SECRET, ROW));
	}

	@Test
	void ciphertext_does_not_contain_the_plaintext() {
		String ciphertext = new String(this.cipher.encrypt(SECRET, ROW), StandardCharsets.ISO_8859_1);
		assertThat(ciphertext).doesNotContain(SECRET);
	}

	@Test
	void ciphertext_starts_with_the_tink_prefix_of_the_primary_key() {
		byte[] ciphertext = this.cipher.encrypt(SECRET, ROW);
		assertThat(ciphertext[0]).isEqualTo((byte) 0x01);
		assertThat(this.cipher.keyIdOf(ciphertext)).isEqualTo(this.cipher.primaryKeyId());
	}

	@Test
	void ciphertext_moved_to_another_row_does_not_decrypt() {
		byte[] ciphertext = this.cipher.encrypt(SECRET, ROW);
		assertUnreadable(ciphertext, new SecretContext("sip_trunk", 7, 101));
	}

	@Test
	void ciphertext_moved_to_another_organization_does_not_decrypt() {
		byte[] ciphertext = this.cipher.encrypt(SECRET, ROW);
		assertUnreadable(ciphertext, new SecretContext("sip_trunk", 8, 100));
	}

	@Test
	void ciphertext_moved_to_another_table_does_not_decrypt() {
		byte[] ciphertext = this.cipher.encrypt(SECRET, ROW);
		assertUnreadable(ciphertext, new SecretContext("twilio_integration", 7, 100));
	}

	@Test
	void tampered_ciphertext_does_not_decrypt() {
		byte[] ciphertext = this.cipher.encrypt(SECRET, ROW);
		ciphertext[ciphertext.length - 1] ^= 0x01;
		assertUnreadable(ciphertext, ROW);
	}

	@Test
	void ciphertext_of_an_unknown_key_does_not_decrypt() {
		byte[] foreign = new CredentialCipher(new KeyRing(this.dir.resolve("other.json"), true)).encrypt(SECRET, ROW);
		assertUnreadable(foreign, ROW);
	}

	@Test
	void ciphertext_without_tink_prefix_has_no_key_id() {
		assertThatThrownBy(() -> this.cipher.keyIdOf(new byte[] { 0x00, 1, 2, 3, 4, 5 }))
			.isInstanceOf(SecretUnreadableException.class);
		assertThatThrownBy(() -> this.cipher.keyIdOf(new byte[] { 0x01, 1 }))
			.isInstanceOf(SecretUnreadableException.class);
	}

	@Test
	void to_string_reveals_nothing_secret() {
		this.cipher.encrypt(SECRET, ROW);
		assertThat(this.cipher.toString()).doesNotContain(SECRET).doesNotContain("value");
	}

	@Test
	void only_sealing_comparing_and_the_digest_ha1_are_public_decrypting_is_for_this_package_alone() {
		assertThat(java.util.Arrays.stream(CredentialCipher.class.getDeclaredMethods())
			.filter((method) -> java.lang.reflect.Modifier.isPublic(method.getModifiers()))
			.map(java.lang.reflect.Method::getName))
			.containsExactlyInAnyOrder("seal", "sealedEquals", "digestHa1", "toString");
		assertThat(java.util.Arrays.stream(SecretStore.class.getMethods()).map(java.lang.reflect.Method::getName))
			.containsExactlyInAnyOrder("name", "secrets", "replace");
	}

	private void assertUnreadable(byte[] ciphertext, SecretContext context) {
		assertThatThrownBy(() -> this.cipher.decrypt(ciphertext, context)).isInstanceOf(SecretUnreadableException.class)
			.hasMessage("Stored secret cannot be decrypted (wrong row, organization or key)")
			.satisfies((ex) -> assertThat(ex.toString()).doesNotContain(SECRET));
	}

}
