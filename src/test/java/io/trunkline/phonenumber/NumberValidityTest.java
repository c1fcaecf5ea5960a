package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.List;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The normalizer tells a valid number by its type alone (one match of the plan instead of
 * {@code isValidNumber} and then {@code getNumberType}): for libphonenumber's example
 * numbers of every region, type and non-geographic code, and for each of them with a
 * digit changed, one more or one fewer, it accepts exactly the numbers
 * {@code isValidNumber} accepts, with the same line type and region.
 */
class NumberValidityTest {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	@Test
	void a_number_is_accepted_exactly_when_libphonenumber_calls_it_valid() {
		int valid = 0;
		int invalid = 0;
		for (String number : candidates()) {
			PhoneNumber parsed = parse(number);
			boolean expected = parsed != null && UTIL.isValidNumber(parsed);
			NormalizedNumber normalized = null;
			try {
				normalized = NumberNormalizer.normalize(number, null);
			}
			catch (InvalidNumberException ex) {
				// refused
			}
			assertThat(normalized != null).as(number).isEqualTo(expected);
			if (expected) {
				assertThat(normalized.lineType()).as(number).isEqualTo(LineType.of(UTIL.getNumberType(parsed)));
				assertThat(normalized.region()).as(number).isEqualTo(UTIL.getRegionCodeForNumber(parsed));
				valid++;
			}
			else {
				invalid++;
			}
		}
		assertThat(valid).isGreaterThan(1000);
		assertThat(invalid).isGreaterThan(1000);
	}

	private static PhoneNumber parse(String number) {
		try {
			return UTIL.parse(number, null);
		}
		catch (NumberParseException ex) {
			return null;
		}
	}

	private static List<String> candidates() {
		List<PhoneNumber> examples = new ArrayList<>();
		for (String region : UTIL.getSupportedRegions()) {
			for (PhoneNumberType type : PhoneNumberType.values()) {
				PhoneNumber example = UTIL.getExampleNumberForType(region, type);
				if (example != null) {
					examples.add(example);
				}
			}
		}
		for (int callingCode : UTIL.getSupportedGlobalNetworkCallingCodes()) {
			PhoneNumber example = UTIL.getExampleNumberForNonGeoEntity(callingCode);
			if (example != null) {
				examples.add(example);
			}
		}
		List<String> candidates = new ArrayList<>();
		for (PhoneNumber example : examples) {
			String e164 = UTIL.format(example, PhoneNumberFormat.E164);
			candidates.add(e164);
			// a digit off, one more, one fewer
			char last = e164.charAt(e164.length() - 1);
			candidates.add(e164.substring(0, e164.length() - 1) + (char) ('0' + (last - '0' + 5) % 10));
			candidates.add(e164 + "7");
			candidates.add(e164.substring(0, e164.length() - 1));
			String body = e164.substring(String.valueOf(example.getCountryCode()).length() + 1);
			candidates.add("+" + example.getCountryCode() + "9" + body.substring(1));
		}
		return candidates;
	}

}
