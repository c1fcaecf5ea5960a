package io.trunkline.security.crypto;

/**
 * One stored ciphertext and the row it is stored in.
 *
 * @param context the table, organization and row
 * @param ciphertext the base64 text of the column
 */
public record StoredSecret(SecretContext context, String ciphertext) {

	@Override
	public String toString() {
		return "StoredSecret[" + this.context.table() + " " + this.context.rowId() + "]";
	}

}
