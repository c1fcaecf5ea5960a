package io.trunkline.phonenumber;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * How a stored number is shown: the international form for E.164 numbers, as stored for
 * pseudo numbers.
 * <p>
 * A stored number was checked when it was written, so showing it only parses and formats
 * it: no validity, region or line-type lookups, which cost libphonenumber several pattern
 * matches each and made the formatting of a page of 100 numbers a third of its answer's
 * time. The form is the one {@link NumberNormalizer#normalize} gives.
 */
final class Display {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private Display() {
	}

	static String international(String number, boolean pseudo) {
		if (pseudo || number == null || !number.startsWith("+")) {
			return number;
		}
		try {
			return UTIL.format(UTIL.parse(number, null), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return number;
		}
	}

}
