package io.trunkline.phonenumber;

import java.util.Locale;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Reads phone numbers as people write them and turns them into E.164 with libphonenumber.
 * <p>
 * Nationally written numbers are read with the organization's default region. Numbers may
 * start with +, with the default region's international call prefix (00, 011, ...), be
 * written with spaces, dots, dashes and parentheses, in full-width digits, or with vanity
 * letters (1-800-FLOWERS). A trunk zero after the country code, as in
 * {@code +44 (0)20 7946 0958} or {@code +49 030 123456}, is dropped by libphonenumber
 * itself for every region whose national prefix is 0; Italy has none, so in
 * {@code +39 06 1234 5678} the zero stays part of the number.
 * <p>
 * A number may also be a {@code tel:} URI (RFC 3966) as copied from a web page or an
 * address book: {@code tel:+1-201-555-0123}, a local number with its
 * {@code ;phone-context=}, or with an {@code ;ext=}. libphonenumber reads the URI; the
 * extension of a URI is the PBX's business and is dropped (the number is the line that
 * reaches it), while an extension written as text ({@code x123}) is refused.
 */
public final class NumberNormalizer {

	/**
	 * The most characters a number, as typed, or a pseudo number may have.
	 */
	public static final int MAX_LENGTH = 64;

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	// libphonenumber skips any text before the first digit; we refuse it instead
	private static final Pattern TEXT_BEFORE_DIGITS = Pattern.compile("\\P{Nd}*\\p{L}");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern PSEUDO = Pattern.compile("[A-Za-z0-9+*#._-]+");

	private static final String NOT_A_NUMBER = "Not a phone number";

	private static final String TEL = "tel:";

	private static final String TOO_SHORT = "Too short";

	private static final String TOO_LONG = "Too long";

	private static final String UNKNOWN_COUNTRY_CODE = "Unknown country code";

	private NumberNormalizer() {
	}

	/**
	 * Normalizes a phone number to E.164.
	 * @param input the number as typed
	 * @param defaultRegion the region (ISO 3166-1 alpha-2) national numbers are read with
	 * @return the number, its display form, region and line type
	 * @throws InvalidNumberException if the input is not a valid number; the message says
	 * why
	 */
	public static NormalizedNumber normalize(String input, String defaultRegion) {
		String text = (input != null) ? input.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidNumberException(NumberErrors.NUMBER_REQUIRED, "Enter a phone number");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidNumberException(NumberErrors.TOO_LONG, "Too long to be a phone number");
		}
		boolean uri = text.regionMatches(true, 0, TEL, 0, TEL.length());
		// the number part of a URI: after tel:, before its first parameter
		String typed = uri ? text.substring(TEL.length()).split(";", 2)[0] : text;
		if (typed.isBlank() || TEXT_BEFORE_DIGITS.matcher(typed).lookingAt()) {
			throw invalid(NOT_A_NUMBER);
		}
		PhoneNumber number = parse(uri ? TEL + text.substring(TEL.length()) : text, defaultRegion);
		if (number.hasExtension() && !uri) {
			throw new InvalidNumberException(NumberErrors.NUMBER_EXTENSION,
					"Extensions are not supported: enter the number without one");
		}
		number.clearExtension();
		// a number is valid exactly when its region's plan gives it a type: one match
		// of the plan's patterns instead of three (isValidNumber, then getNumberType)
		PhoneNumberType type = UTIL.getNumberType(number);
		boolean valid = type != PhoneNumberType.UNKNOWN;
		// letters that do not spell a valid vanity number are text, not a wrong number
		if (!valid && LETTER.matcher(typed).find()) {
			throw invalid(NOT_A_NUMBER);
		}
		checkValid(number, valid);
		return new NormalizedNumber(UTIL.format(number, PhoneNumberFormat.E164),
				UTIL.format(number, PhoneNumberFormat.INTERNATIONAL), UTIL.getRegionCodeForNumber(number),
				LineType.of(type), false);
	}

	/**
	 * Accepts an internal pseudo number, which is stored as written and not checked
	 * against any numbering plan.
	 * @param input the pseudo number; surrounding whitespace is dropped
	 * @return the pseudo number
	 * @throws InvalidNumberException unless it is 1 to 64 ASCII letters, digits and
	 * {@code + * # . _ -}
	 */
	public static NormalizedNumber pseudo(String input) {
		String text = (input != null) ? input.strip() : "";
		if (text.isEmpty()) {
			throw new InvalidNumberException(NumberErrors.NUMBER_REQUIRED, "Enter a number");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidNumberException(NumberErrors.TOO_LONG, "Use at most " + MAX_LENGTH + " characters");
		}
		if (!PSEUDO.matcher(text).matches()) {
			throw new InvalidNumberException(NumberErrors.PSEUDO_INVALID, "Use only letters, digits and + * # . _ -");
		}
		return new NormalizedNumber(text, text, null, LineType.PSEUDO, true);
	}

	/**
	 * Turns what a user types into a grid filter into something to match stored numbers
	 * with.
	 * @param input the search text, possibly a part of a number
	 * @param defaultRegion the region national numbers are read with
	 * @return the E.164 form if the input is a valid number, else only its digits (in
	 * ASCII), possibly empty
	 */
	public static String searchKey(String input, String defaultRegion) {
		try {
			return normalize(input, defaultRegion).e164();
		}
		catch (InvalidNumberException ex) {
			return digits(input);
		}
	}

	private static PhoneNumber parse(String text, String defaultRegion) {
		String region = (defaultRegion != null) ? defaultRegion.toUpperCase(Locale.ROOT) : null;
		try {
			return UTIL.parse(text, region);
		}
		catch (NumberParseException ex) {
			throw switch (ex.getErrorType()) {
				case INVALID_COUNTRY_CODE -> unknownCountry();
				case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> invalid(TOO_SHORT);
				case TOO_LONG -> invalid(TOO_LONG);
				case NOT_A_NUMBER -> invalid(NOT_A_NUMBER);
			};
		}
	}

	private static void checkValid(PhoneNumber number, boolean valid) {
		String region = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
		switch (UTIL.isPossibleNumberWithReason(number)) {
			case TOO_SHORT -> throw invalid(TOO_SHORT);
			case TOO_LONG -> throw invalid(TOO_LONG);
			case INVALID_COUNTRY_CODE -> throw unknownCountry();
			case INVALID_LENGTH -> throw invalid("Wrong length for " + place(region));
			case IS_POSSIBLE, IS_POSSIBLE_LOCAL_ONLY -> {
			}
		}
		if (!valid) {
			throw invalid("Not a valid number in " + place(region));
		}
	}

	private static InvalidNumberException invalid(String message) {
		return new InvalidNumberException(NumberErrors.NUMBER_INVALID, message);
	}

	private static InvalidNumberException unknownCountry() {
		return new InvalidNumberException(NumberErrors.NUMBER_UNKNOWN_COUNTRY, UNKNOWN_COUNTRY_CODE);
	}

	private static String place(String region) {
		String name = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region) ? "World"
				: Locale.of("", region).getDisplayCountry(Locale.ENGLISH);
		return name + " (" + region + ")";
	}

	private static String digits(String input) {
		StringBuilder digits = new StringBuilder();
		if (input != null) {
			input.codePoints()
				.filter(Character::isDigit)
				.map((c) -> '0' + Character.digit(c, 10))
				.forEach(digits::appendCodePoint);
		}
		return digits.toString();
	}

}
