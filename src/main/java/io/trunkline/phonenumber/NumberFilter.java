package io.trunkline.phonenumber;

/**
 * What the numbers grid is filtered by; every part is optional.
 *
 * @param text matches the number however it is typed, or the display name
 * @param region ISO region of the number
 * @param sipTrunkId the SIP trunk carrying it
 * @param active only active ({@code true}) or inactive ({@code false}) numbers
 */
public record NumberFilter(String text, String region, Long sipTrunkId, Boolean active) {

	public static final NumberFilter NONE = new NumberFilter(null, null, null, null);

}
