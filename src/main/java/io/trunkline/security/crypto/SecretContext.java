package io.trunkline.security.crypto;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where a secret is stored: its table, its organization and its row. The context is the
 * associated data of the encryption, so a ciphertext copied into another row,
 * organization or table does not decrypt. Encrypt only once the row has its id.
 *
 * @param table the table holding the secret, such as {@code sip_trunk}
 * @param organizationId the organization owning the row
 * @param rowId the id of the row holding the secret
 */
public record SecretContext(String table, long organizationId, long rowId) {

	private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*");

	public SecretContext {
		if (table == null || !TABLE.matcher(table).matches()) {
			throw new IllegalArgumentException("A table name is lower case letters, digits and '_': " + table);
		}
		if (organizationId <= 0 || rowId <= 0) {
			throw new IllegalArgumentException("Organization and row need their ids before a secret is encrypted");
		}
	}

	/**
	 * @return the UTF-8 bytes of {@code trunkline/v1/<table>/<organizationId>/<rowId>}
	 */
	public byte[] associatedData() {
		return ("trunkline/v1/" + this.table + "/" + this.organizationId + "/" + this.rowId)
			.getBytes(StandardCharsets.UTF_8);
	}

}
