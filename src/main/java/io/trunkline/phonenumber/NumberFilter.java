package io.trunkline.phonenumber;

import io.trunkline.base.PlainText;

/**
 * What the numbers grid is filtered by; every part is optional.
 *
 * @param text matches the number however it is typed, or the display name
 * @param region ISO region of the number
 * @param sipTrunkId the SIP trunk carrying it
 * @param active only active ({@code true}) or inactive ({@code false}) numbers
 * @param agentId an agent bound to it, in either direction
 * @param importBatchId the import that brought it in
 */
public record NumberFilter(@PlainText String text, @PlainText String region, Long sipTrunkId, Boolean active,
		Long agentId, Long importBatchId) {

	public static final NumberFilter NONE = new NumberFilter(null, null, null, null, null, null);

	public NumberFilter(String text, String region, Long sipTrunkId, Boolean active, Long agentId) {
		this(text, region, sipTrunkId, active, agentId, null);
	}

	/** Only the numbers one import brought in. */
	public static NumberFilter ofImport(long importBatchId) {
		return new NumberFilter(null, null, null, null, null, importBatchId);
	}

	/** The same filter, limited to one import (or not, for {@code null}). */
	public NumberFilter withImport(Long batchId) {
		return new NumberFilter(this.text, this.region, this.sipTrunkId, this.active, this.agentId, batchId);
	}

	public NumberFilter(String text, String region, Long sipTrunkId, Boolean active) {
		this(text, region, sipTrunkId, active, null);
	}

}
