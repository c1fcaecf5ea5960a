package io.trunkline.apikey;

/**
 * A key just created, with the full key: the only moment it exists outside the caller's
 * hands. Shown once, then forgotten; {@link #toString()} leaves it out.
 */
public record CreatedApiKey(ApiKeySummary summary, String key) {

	@Override
	public String toString() {
		return "CreatedApiKey[" + this.summary.prefix() + "]";
	}

}
