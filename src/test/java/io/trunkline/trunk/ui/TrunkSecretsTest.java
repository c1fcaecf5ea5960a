package io.trunkline.trunk.ui;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import io.trunkline.base.ui.ColumnChooser;
import io.trunkline.KaribuTest;
import io.trunkline.Rendered;
import io.trunkline.base.FieldException;
import io.trunkline.base.ui.FormDialog;
import io.trunkline.phonenumber.NumberFilter;
import io.trunkline.phonenumber.NumberFixtures;
import io.trunkline.phonenumber.PhoneNumberExport;
import io.trunkline.phonenumber.ui.PhoneNumberListView;
import io.trunkline.security.TestAccounts.Org;
import io.trunkline.security.crypto.CredentialCipher;
import io.trunkline.security.crypto.KeyRotationService;
import io.trunkline.security.crypto.RotationResult;
import io.trunkline.security.crypto.SecretContext;
import io.trunkline.security.crypto.SecretUnreadableException;
import io.trunkline.security.crypto.StoredCiphertexts;
import io.trunkline.trunk.TrunkCommand;
import io.trunkline.trunk.TrunkService;
import io.trunkline.trunk.TrunkSummary;
import io.trunkline.trunk.TwilioSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Trunk passwords and Twilio tokens are write-only: stored as ciphertext bound to their
 * row, and shown, exported, logged or reported nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class TrunkSecretsTest extends KaribuTest {

	private static final String MARKER = "Marker-Secret-7Qz9";

	@Autowired
	private NumberFixtures fixtures;

	@Autowired
	private TrunkService trunks;

	@Autowired
	private PhoneNumberExport export;

	@Autowired
	private CredentialCipher cipher;

	@Autowired
	private KeyRotationService rotation;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void marker_secret_is_stored_only_as_ciphertext_and_shown_exported_or_logged_nowhere(CapturedOutput output) {
		Org org = this.accounts.newOrganization();
		TrunkSummary trunk = this.fixtures.trunk(org, "Marked", MARKER);
		TwilioSummary twilio = this.fixtures.twilio(org, "Marked Twilio", MARKER);
		this.fixtures.number(org, trunk, "+1 415 555 0909");
		signIn(org.adminEmail());

		UI.getCurrent().navigate(TrunksView.class);
		// the password column is one of the chooser's, off by default
		toggleColumn(_get(ColumnChooser.class), "Password");
		assertThat(String.join(" ", _getFormattedRow(_get(SipTrunksPanel.class).grid, 0))).contains("Marked", "Set")
			.doesNotContain(MARKER);
		_clickItem(_get(SipTrunksPanel.class).grid, 0, 0, false, false, false, false);
		assertThat(_get(TrunkForm.class).newPassword.getValue()).isEmpty();
		assertThat(_get(TrunkForm.class).newPassword.getPlaceholder()).isEqualTo("Set: type to replace");
		assertThat(Rendered.all()).contains("Marked").doesNotContain(MARKER);
		_get(FormDialog.class).close();
		_get(TabSheet.class).setSelectedIndex(1);
		assertThat(_getFormattedRow(_get(TwilioPanel.class).grid, 0)).contains("Marked Twilio", "Set")
			.doesNotContain(MARKER);
		_clickItem(_get(TwilioPanel.class).grid, 0, 0, false, false, false, false);
		assertThat(Rendered.all()).contains("Marked Twilio").doesNotContain(MARKER);

		UI.getCurrent().navigate(PhoneNumberListView.class);
		assertThat(Rendered.all()).contains("Marked").doesNotContain(MARKER);
		StringWriter csv = new StringWriter();
		this.export.write(NumberFilter.NONE, csv);
		assertThat(csv.toString()).contains("+14155550909").doesNotContain(MARKER);

		TrunkCommand broken = TrunkCommand.of(this.trunks.get(trunk.id()));
		broken.setTerminationUri("http://wrong");
		broken.setNewPassword(MARKER);
		assertThatThrownBy(() -> this.trunks.update(trunk.id(), this.trunks.get(trunk.id()).version(), broken))
			.isInstanceOf(FieldException.class)
			.message()
			.doesNotContain(MARKER);
		assertThat(broken.toString()).doesNotContain(MARKER);

		assertCiphertextOnly(
				this.jdbc.queryForObject("select auth_password from sip_trunk where id = ?", String.class, trunk.id()));
		assertCiphertextOnly(this.jdbc.queryForObject("select auth_token from twilio_integration where id = ?",
				String.class, twilio.id()));
		assertThat(output.getAll()).doesNotContain(MARKER);
	}

	@Test
	void ciphertext_moved_to_another_row_does_not_decrypt() {
		Org org = this.accounts.newOrganization();
		TrunkSummary first = this.fixtures.trunk(org, "First", "first-password");
		TrunkSummary second = this.fixtures.trunk(org, "Second", "second-password");
		String firstCiphertext = stored(first.id());
		assertThat(StoredCiphertexts.decrypt(this.cipher, firstCiphertext, context(org, first.id())))
			.isEqualTo("first-password");
		assertThatThrownBy(() -> StoredCiphertexts.decrypt(this.cipher, firstCiphertext, context(org, second.id())))
			.isInstanceOf(SecretUnreadableException.class)
			.message()
			.doesNotContain("first-password");
		Org other = this.accounts.newOrganization();
		assertThatThrownBy(() -> StoredCiphertexts.decrypt(this.cipher, firstCiphertext, context(other, first.id())))
			.isInstanceOf(SecretUnreadableException.class);
	}

	@Test
	void after_rotation_old_rows_still_decrypt_and_new_writes_use_the_new_key() {
		Org org = this.accounts.newOrganization();
		TrunkSummary old = this.fixtures.trunk(org, "Old", "old-password");
		int oldKey = StoredCiphertexts.keyIdOf(this.cipher, stored(old.id()));

		RotationResult result = this.accounts.asOperator(this.rotation::rotate);

		assertThat(result.newPrimaryKeyId()).isNotEqualTo(oldKey);
		assertThat(result.reencrypted()).isGreaterThanOrEqualTo(1);
		assertThat(StoredCiphertexts.keyIdOf(this.cipher, stored(old.id()))).isEqualTo(result.newPrimaryKeyId());
		assertThat(StoredCiphertexts.decrypt(this.cipher, stored(old.id()), context(org, old.id())))
			.isEqualTo("old-password");
		TrunkSummary fresh = this.fixtures.trunk(org, "Fresh", "fresh-password");
		assertThat(StoredCiphertexts.keyIdOf(this.cipher, stored(fresh.id()))).isEqualTo(result.newPrimaryKeyId());
	}

	private String stored(long trunkId) {
		return this.jdbc.queryForObject("select auth_password from sip_trunk where id = ?", String.class, trunkId);
	}

	private static SecretContext context(Org org, long trunkId) {
		return new SecretContext("sip_trunk", org.id(), trunkId);
	}

	private static void assertCiphertextOnly(String column) {
		assertThat(column).isNotBlank().doesNotContain(MARKER);
		byte[] bytes = Base64.getDecoder().decode(column);
		assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(MARKER);
		assertThat(bytes[0]).isEqualTo((byte) 1);
	}

}
