package io.trunkline.phonenumber;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * How a stored number is shown: the international form for E.164 numbers, as stored for
 * pseudo numbers.
 * <p>
 * A stored number was checked when it was written, so showing it only reads and formats
 * it: no parser, no validity, region or line-type lookups, which cost libphonenumber
 * several pattern matches each and made the formatting of a page of 100 numbers a third
 * of its answer's time. The form is the one {@link NumberNormalizer#normalize} gives.
 */
final class Display {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private Display() {
	}

	static String international(String number, boolean pseudo) {
		if (pseudo || number == null || !number.startsWith("+")) {
			return number;
		}
		PhoneNumber parsed = e164(number);
		return (parsed != null) ? UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL) : number;
	}

	/**
	 * Reads an E.164 number without libphonenumber's parser (which looks for text,
	 * extensions and prefixes first): the country code is the one prefix of 1 to 3 digits
	 * that is one (country codes are prefix-free); zeros leading the national number are
	 * kept as libphonenumber keeps them.
	 * @return the number, or {@code null} when it is no E.164 number
	 */
	private static PhoneNumber e164(String number) {
		int length = number.length();
		if (length < 3 || length > 16) {
			return null;
		}
		for (int i = 1; i < length; i++) {
			char c = number.charAt(i);
			if (c < '0' || c > '9') {
				return null;
			}
		}
		for (int digits = 1; digits <= 3 && digits < length - 1; digits++) {
			int countryCode = Integer.parseInt(number, 1, 1 + digits, 10);
			if (!UTIL.getSupportedCallingCodes().contains(countryCode)) {
				continue;
			}
			String national = number.substring(1 + digits);
			PhoneNumber parsed = new PhoneNumber().setCountryCode(countryCode)
				.setNationalNumber(Long.parseLong(national));
			int zeros = 0;
			while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
				zeros++;
			}
			if (zeros > 0) {
				parsed.setItalianLeadingZero(true);
				if (zeros > 1) {
					parsed.setNumberOfLeadingZeros(zeros);
				}
			}
			return parsed;
		}
		return null;
	}

}
