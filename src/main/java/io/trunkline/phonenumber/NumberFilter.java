package io.trunkline.phonenumber;

/**
 * What the numbers grid is filtered by; every part is optional.
 *
 * @param text matches the number however it is typed, or the display name
 * @param region ISO region of the number
 * @param sipTrunkId the SIP trunk carrying it
 * @param active only active ({@code true}) or inactive ({@code false}) numbers
 * @param agentId an agent bound to it, in either direction
 */
public record NumberFilter(String text, String region, Long sipTrunkId, Boolean active, Long agentId) {

	public static final NumberFilter NONE = new NumberFilter(null, null, null, null, null);

	public NumberFilter(String text, String region, Long sipTrunkId, Boolean active) {
		this(text, region, sipTrunkId, active, null);
	}

}
