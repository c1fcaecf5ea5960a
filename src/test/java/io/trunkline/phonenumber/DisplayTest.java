package io.trunkline.phonenumber;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shown form of a stored number is the international form its normalization gave, for
 * libphonenumber's example numbers of every region and line type.
 */
class DisplayTest {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	@Test
	void a_stored_number_is_shown_as_its_normalization_formatted_it() {
		int compared = 0;
		for (String region : UTIL.getSupportedRegions()) {
			for (PhoneNumberType type : new PhoneNumberType[] { PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE,
					PhoneNumberType.TOLL_FREE }) {
				PhoneNumber example = UTIL.getExampleNumberForType(region, type);
				if (example == null) {
					continue;
				}
				NormalizedNumber normalized = NumberNormalizer.normalize(UTIL.format(example, PhoneNumberFormat.E164),
						null);
				assertThat(Display.international(normalized.e164(), false)).as(normalized.e164())
					.isEqualTo(normalized.international());
				compared++;
			}
		}
		for (int callingCode : UTIL.getSupportedGlobalNetworkCallingCodes()) {
			PhoneNumber example = UTIL.getExampleNumberForNonGeoEntity(callingCode);
			if (example != null) {
				NormalizedNumber normalized = NumberNormalizer.normalize(UTIL.format(example, PhoneNumberFormat.E164),
						null);
				assertThat(Display.international(normalized.e164(), false)).as(normalized.e164())
					.isEqualTo(normalized.international());
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(500);
	}

	@Test
	void zeros_leading_the_national_number_are_kept() {
		assertThat(Display.international("+390612345678", false))
			.isEqualTo(NumberNormalizer.normalize("+39 06 1234 5678", null).international());
	}

	@Test
	void a_pseudo_number_or_one_that_does_not_parse_is_shown_as_stored() {
		assertThat(Display.international("+1-ext*55", true)).isEqualTo("+1-ext*55");
		assertThat(Display.international("ivr-queue", false)).isEqualTo("ivr-queue");
		assertThat(Display.international("+", false)).isEqualTo("+");
	}

}
