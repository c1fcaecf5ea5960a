package io.trunkline.security.crypto;

import java.nio.file.Files;
import java.nio.file.Path;

import io.trunkline.TrunklineTest;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.security.TestAccounts;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.trunk.TrunkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation over real trunks when one trunk's password was copied from another row:
 * refused with the row named and nothing changed, or done for the others on request.
 */
@TrunklineTest
class CopiedSecretRotationTest {

	@Autowired
	private TestAccounts accounts;

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private KeyRotationService rotation;

	@Autowired
	private CredentialCipher cipher;

	@Autowired
	private JdbcTemplate jdbc;

	@Value("${trunkline.crypto.keyset-path}")
	private Path keyset;

	private Long copiedTo;

	@AfterEach
	void removeTheCopy() {
		// The context is shared: leave no unreadable secret for other tests' rotations.
		if (this.copiedTo != null) {
			this.jdbc.update("update sip_trunk set auth_password = null where id = ?", this.copiedTo);
		}
	}

	@Test
	void a_copied_password_refuses_the_rotation_names_the_row_and_changes_nothing() throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary first = this.fixtures.trunk(org, "First", "first-password");
		TrunkSummary second = copyPassword(org, first);
		String keysetBefore = Files.readString(this.keyset);
		String firstBefore = stored(first.id());
		int primaryBefore = StoredCiphertexts.primaryKeyId(this.cipher);

		RotationResult result = this.accounts.asOperator(this.rotation::rotate);

		assertThat(result.rotated()).isFalse();
		assertThat(result.unreadable())
			.containsExactly(new UnreadableSecret("SIP trunk passwords", "sip_trunk", org.id(), second.id()));
		assertThat(Files.readString(this.keyset)).isEqualTo(keysetBefore);
		assertThat(stored(first.id())).isEqualTo(firstBefore);
		assertThat(StoredCiphertexts.primaryKeyId(this.cipher)).isEqualTo(primaryBefore);
	}

	@Test
	void rotating_the_others_reencrypts_them_leaves_the_copy_and_writes_the_keyset_once() throws Exception {
		Org org = this.accounts.newOrganization();
		TrunkSummary first = this.fixtures.trunk(org, "First", "first-password");
		TrunkSummary second = copyPassword(org, first);
		String copy = stored(second.id());
		int keysBefore = keyCount();

		RotationResult result = this.accounts.asOperator(this.rotation::rotateLeavingUnreadable);

		assertThat(result.rotated()).isTrue();
		assertThat(result.unreadable()).extracting(UnreadableSecret::rowId).containsExactly(second.id());
		assertThat(keyCount()).isEqualTo(keysBefore + 1);
		assertThat(StoredCiphertexts.keyIdOf(this.cipher, stored(first.id()))).isEqualTo(result.newPrimaryKeyId());
		assertThat(StoredCiphertexts.decrypt(this.cipher, stored(first.id()),
				new SecretContext("sip_trunk", org.id(), first.id())))
			.isEqualTo("first-password");
		assertThat(stored(second.id())).isEqualTo(copy);
		assertThat(StoredCiphertexts.primaryKeyId(this.cipher)).isEqualTo(result.newPrimaryKeyId());
	}

	private TrunkSummary copyPassword(Org org, TrunkSummary from) {
		TrunkSummary to = this.fixtures.trunk(org, "Copy", "copy-password");
		this.jdbc.update("update sip_trunk set auth_password = ? where id = ?", stored(from.id()), to.id());
		this.copiedTo = to.id();
		return to;
	}

	private String stored(long trunkId) {
		return this.jdbc.queryForObject("select auth_password from sip_trunk where id = ?", String.class, trunkId);
	}

	private int keyCount() throws Exception {
		return Files.readString(this.keyset).split("\"keyId\"", -1).length - 1;
	}

}
