package io.trunkline.phonenumber;

/**
 * A phone number as Trunkline stores and shows it.
 *
 * @param e164 the stored form, e.g. {@code +14155552671}; for a pseudo number the trimmed
 * input
 * @param international the display form, e.g. {@code +1 415-555-2671}; for a pseudo
 * number the stored value
 * @param region the ISO 3166-1 region the number belongs to, {@code 001} for
 * non-geographic numbers such as +800, {@code null} for a pseudo number
 * @param lineType what kind of line the number is
 * @param pseudo whether the number is an internal pseudo number that is not E.164
 */
public record NormalizedNumber(String e164, String international, String region, LineType lineType, boolean pseudo) {

}
