package io.trunkline.phonenumber;

import io.trunkline.base.PlainText;
import io.trunkline.trunk.health.TrunkStatus;

/**
 * What the numbers grid is filtered by; every part is optional.
 *
 * @param text matches the number however it is typed, or the display name
 * @param region ISO region of the number
 * @param sipTrunkId the SIP trunk carrying it
 * @param active only active ({@code true}) or inactive ({@code false}) numbers
 * @param agentId an agent bound to it, in either direction
 * @param importBatchId the import that brought it in
 * @param trunkStatus the stored status of its SIP trunk (numbers without a SIP trunk
 * never match)
 */
public record NumberFilter(@PlainText String text, @PlainText String region, Long sipTrunkId, Boolean active,
		Long agentId, Long importBatchId, TrunkStatus trunkStatus) {

	public static final NumberFilter NONE = new NumberFilter(null, null, null, null, null, null, null);

	public NumberFilter(String text, String region, Long sipTrunkId, Boolean active, Long agentId, Long importBatchId) {
		this(text, region, sipTrunkId, active, agentId, importBatchId, null);
	}

	public NumberFilter(String text, String region, Long sipTrunkId, Boolean active, Long agentId) {
		this(text, region, sipTrunkId, active, agentId, null);
	}

	public NumberFilter(String text, String region, Long sipTrunkId, Boolean active) {
		this(text, region, sipTrunkId, active, null);
	}

	/** Only the numbers one import brought in. */
	public static NumberFilter ofImport(long importBatchId) {
		return new NumberFilter(null, null, null, null, null, importBatchId);
	}

	/**
	 * Whether it searches by typed text, the only part read in the organization's default
	 * region (a national number).
	 */
	public boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	/** The same filter, limited to one import (or not, for {@code null}). */
	public NumberFilter withImport(Long batchId) {
		return new NumberFilter(this.text, this.region, this.sipTrunkId, this.active, this.agentId, batchId,
				this.trunkStatus);
	}

	/** The same filter, limited to numbers whose trunk has this status (or not). */
	public NumberFilter withTrunkStatus(TrunkStatus status) {
		return new NumberFilter(this.text, this.region, this.sipTrunkId, this.active, this.agentId, this.importBatchId,
				status);
	}

}
