package io.trunkline.security.crypto;

/**
 * A stored secret that does not decrypt where it is stored, named by its row only.
 *
 * @param store what kind of secret it is, such as "SIP trunk passwords"
 * @param table the table holding it
 * @param organizationId the organization owning the row
 * @param rowId the row's id
 */
public record UnreadableSecret(String store, String table, long organizationId, long rowId) {

	static UnreadableSecret of(SecretStore store, SecretContext context) {
		return new UnreadableSecret(store.name(), context.table(), context.organizationId(), context.rowId());
	}

	/**
	 * @return such as {@code sip_trunk 12 (organization 3)}
	 */
	public String describe() {
		return this.table + " " + this.rowId + " (organization " + this.organizationId + ")";
	}

}
