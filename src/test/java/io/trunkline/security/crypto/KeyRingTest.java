package io.trunkline.security.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class KeyRingTest {

	private static final SecretContext ROW = new SecretContext("sip_trunk", 7, 100);

	@TempDir
	Path dir;

	@Test
	void missing_keyset_is_generated_owner_only_with_one_warning(CapturedOutput output) throws Exception {
		Path keyset = this.dir.resolve("nested/data/keyset.json");
		new KeyRing(keyset, true);
		assertThat(keyset).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset))).isEqualTo("rw-------");
		assertThat(Files.list(keyset.getParent())).containsExactly(keyset);
		new KeyRing(keyset, true);
		assertThat(output.getOut()
			.split("Generated a new encryption keyset at " + keyset
					+ "; back it up: without it stored secrets cannot be read", -1))
			.hasSize(2);
	}

	@Test
	void second_key_ring_on_the_same_file_reads_what_the_first_encrypted() {
		Path keyset = this.dir.resolve("keyset.json");
		KeyRing first = new KeyRing(keyset, true);
		byte[] ciphertext = new CredentialCipher(first).encrypt("token", ROW);
		KeyRing second = new KeyRing(keyset, false);
		assertThat(second.primaryKeyId()).isEqualTo(first.primaryKeyId());
		assertThat(new CredentialCipher(second).decrypt(ciphertext, ROW)).isEqualTo("token");
	}

	@Test
	void missing_keyset_without_generation_fails_with_a_clear_message() {
		Path keyset = this.dir.resolve("keyset.json");
		assertThatThrownBy(() -> new KeyRing(keyset, false)).isInstanceOf(IllegalStateException.class)
			.hasMessage("No encryption keyset at " + keyset + ". Set TRUNKLINE_KEYSET to an existing keyset file "
					+ "(the postgres profile never generates one)");
		assertThat(keyset).doesNotExist();
	}

	@Test
	void keyset_file_that_is_not_a_keyset_fails_without_quoting_it() throws Exception {
		Path keyset = this.dir.resolve("keyset.json");
		Files.writeString(keyset, "{\"primaryKeyId\": 1, \"key\": \"c2VjcmV0LWtleS1ieXRlcw\"}");
		assertThatThrownBy(() -> new KeyRing(keyset, true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Cannot read the encryption keyset at " + keyset)
			.hasNoCause()
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("c2VjcmV0"));
		Files.writeString(keyset, "secret-key-bytes, not JSON");
		assertThatThrownBy(() -> new KeyRing(keyset, true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Cannot read the encryption keyset at " + keyset)
			.hasNoCause();
	}

	@Test
	void keyset_readable_by_others_is_loaded_with_a_warning(CapturedOutput output) throws Exception {
		Path keyset = this.dir.resolve("keyset.json");
		new KeyRing(keyset, true);
		Files.setPosixFilePermissions(keyset, PosixFilePermissions.fromString("rw-r--r--"));
		new KeyRing(keyset, false);
		assertThat(output.getOut()).contains("The encryption keyset at " + keyset + " is readable by others");
	}

}
