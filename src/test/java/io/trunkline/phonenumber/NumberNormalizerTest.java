package io.trunkline.phonenumber;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberNormalizerTest {

	// An empty cell is null: no default region, no expectation. Exactly one of e164 and
	// reason is set per row.
	@ParameterizedTest(name = "[{index}] {0} in {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# input                       | region | e164           | reason                                                      | international     | lineType             | numberRegion
					# national formats
					(415) 555-2671                | US     | +14155552671   |                                                             | +1 415-555-2671   | FIXED_LINE_OR_MOBILE | US
					415.555.2671                  | US     | +14155552671   |                                                             |                   |                      |
					415/555-2671                  | US     | +14155552671   |                                                             |                   |                      |
					(415) 555-2671                | us     | +14155552671   |                                                             |                   |                      | US
					1 (800) 555-0199              | US     | +18005550199   |                                                             | +1 800-555-0199   | TOLL_FREE            | US
					1-900-555-0123                | US     | +19005550123   |                                                             |                   | PREMIUM_RATE         | US
					020 7946 0958                 | GB     | +442079460958  |                                                             | +44 20 7946 0958  | FIXED_LINE           | GB
					07400 123456                  | GB     | +447400123456  |                                                             | +44 7400 123456   | MOBILE               | GB
					0800 123 4567                 | GB     | +448001234567  |                                                             |                   | TOLL_FREE            | GB
					056 1234 5678                 | GB     | +445612345678  |                                                             |                   | VOIP                 | GB
					030 123456                    | DE     | +4930123456    |                                                             | +49 30 123456     | FIXED_LINE           | DE
					01512 3456789                 | DE     | +4915123456789 |                                                             |                   | MOBILE               | DE
					01 23 45 67 89                | FR     | +33123456789   |                                                             | +33 1 23 45 67 89 | FIXED_LINE           | FR
					06.12.34.56.78                | FR     | +33612345678   |                                                             |                   | MOBILE               | FR
					081234 56789                  | IN     | +918123456789  |                                                             | +91 81234 56789   | MOBILE               | IN
					03-1234-5678                  | JP     | +81312345678   |                                                             | +81 3-1234-5678   | FIXED_LINE           | JP
					090-1234-5678                 | JP     | +819012345678  |                                                             |                   | MOBILE               | JP
					(11) 2345-6789                | BR     | +551123456789  |                                                             | +55 11 2345-6789  | FIXED_LINE           | BR
					(11) 96123-4567               | BR     | +5511961234567 |                                                             |                   | MOBILE               | BR
					(02) 1234 5678                | AU     | +61212345678   |                                                             | +61 2 1234 5678   | FIXED_LINE           | AU
					0412 345 678                  | AU     | +61412345678   |                                                             |                   | MOBILE               | AU
					02 1234 5678                  | IT     | +390212345678  |                                                             | +39 02 1234 5678  | FIXED_LINE           | IT
					# international formats: +, 00, 011, 0011; a + number needs no default region
					+44 20 7946 0958              | US     | +442079460958  |                                                             | +44 20 7946 0958  | FIXED_LINE           | GB
					+44 20 7946 0958              |        | +442079460958  |                                                             |                   |                      | GB
					+1.415.555.2671               | DE     | +14155552671   |                                                             |                   |                      | US
					00 44 20 7946 0958            | DE     | +442079460958  |                                                             |                   |                      | GB
					00 1 415 555 2671             | DE     | +14155552671   |                                                             |                   |                      | US
					011 44 20 7946 0958           | US     | +442079460958  |                                                             |                   |                      | GB
					0011 44 20 7946 0958          | AU     | +442079460958  |                                                             |                   |                      | GB
					# trunk zero after the country code is dropped, except in Italy where it is part of the number
					+44 (0)20 7946 0958           | US     | +442079460958  |                                                             | +44 20 7946 0958  |                      | GB
					+44 020 7946 0958             | US     | +442079460958  |                                                             |                   |                      | GB
					0044 (0)20 7946 0958          | DE     | +442079460958  |                                                             |                   |                      | GB
					+49 (0)30 123456              | US     | +4930123456    |                                                             | +49 30 123456     |                      | DE
					+49 030 123456                | GB     | +4930123456    |                                                             |                   |                      | DE
					+49 00 30 123456              | US     |                | Not a valid number in Germany (DE)                          |                   |                      |
					+39 06 1234 5678              | US     | +390612345678  |                                                             | +39 06 1234 5678  | FIXED_LINE           | IT
					+39 (0)6 1234 5678            | US     | +390612345678  |                                                             |                   |                      | IT
					# full-width digits
					＋１ ４１５ ５５５ ２６７１           | US     | +14155552671   |                                                             | +1 415-555-2671   |                      | US
					０２０ ７９４６ ０９５８              | GB     | +442079460958  |                                                             |                   |                      | GB
					# extensions
					+1 415 555 2671 ext. 12       | US     |                | Extensions are not supported: enter the number without one  |                   |                      |
					415 555 2671 x12              | US     |                | Extensions are not supported: enter the number without one  |                   |                      |
					+14155552671;ext=12           | US     |                | Extensions are not supported: enter the number without one  |                   |                      |
					020 7946 0958 #12             | GB     |                | Extensions are not supported: enter the number without one  |                   |                      |
					# letters: vanity numbers are read, other text is refused
					1-800-FLOWERS                 | US     | +18003569377   |                                                             | +1 800-356-9377   | TOLL_FREE            | US
					0800 FLOWERS                  | GB     | +448003569377  |                                                             |                   | TOLL_FREE            | GB
					abc                           | US     |                | Not a phone number                                          |                   |                      |
					hello 415 555 2671            | US     |                | Not a phone number                                          |                   |                      |
					415 555 2671 call me          | US     |                | Not a phone number                                          |                   |                      |
					+1 415 555 2671 ext.          | US     |                | Not a phone number                                          |                   |                      |
					# too short, too long, wrong length
					555 26                        | US     |                | Too short                                                   |                   |                      |
					12                            | US     |                | Too short                                                   |                   |                      |
					1                             | US     |                | Not a phone number                                          |                   |                      |
					+44 1                         | US     |                | Too short                                                   |                   |                      |
					011 44                        | US     |                | Too short                                                   |                   |                      |
					+33 12345678                  | US     |                | Too short                                                   |                   |                      |
					41555526711                   | US     |                | Too long                                                    |                   |                      |
					+1415555267111111111          | US     |                | Too long                                                    |                   |                      |
					+47 1234 567                  | US     |                | Wrong length for Norway (NO)                                |                   |                      |
					# country codes
					+999 123 456 789              | US     |                | Unknown country code                                        |                   |                      |
					+0123456789                   | US     |                | Unknown country code                                        |                   |                      |
					+00 44 20 7946 0958           | US     |                | Unknown country code                                        |                   |                      |
					+0                            | US     |                | Not a phone number                                          |                   |                      |
					# possible but not valid
					+1 999 999 9999               | US     |                | Not a valid number in United States (US)                    |                   |                      |
					+44 1632 960123               | DE     |                | Not a valid number in United Kingdom (GB)                   |                   |                      |
					+44 7946 0958                 | US     |                | Not a valid number in United Kingdom (GB)                   |                   |                      |
					# non-geographic numbers
					+800 1234 5678                | US     | +80012345678   |                                                             | +800 1234 5678    | TOLL_FREE            | 001
					+808 1234 5678                | DE     | +80812345678   |                                                             |                   | SHARED_COST          | 001
					+800 123                      | US     |                | Too short                                                   |                   |                      |
					+870 123 456 789              | US     |                | Not a valid number in World (001)                           |                   |                      |
					# empty input, no or an unknown default region
					''                            | US     |                | Enter a phone number                                        |                   |                      |
					'   '                         | US     |                | Enter a phone number                                        |                   |                      |
					020 7946 0958                 | XX     |                | Unknown country code                                        |                   |                      |
					020 7946 0958                 |        |                | Unknown country code                                        |                   |                      |
					""")
	void normalizes_or_says_why_not(String input, String region, String e164, String reason, String international,
			LineType lineType, String numberRegion) {
		if (reason != null) {
			assertThatThrownBy(() -> NumberNormalizer.normalize(input, region))
				.isInstanceOf(InvalidNumberException.class)
				.hasMessage(reason)
				.extracting("field")
				.isEqualTo("number");
			return;
		}
		NormalizedNumber number = NumberNormalizer.normalize(input, region);
		assertThat(number.e164()).isEqualTo(e164);
		assertThat(number.pseudo()).isFalse();
		if (international != null) {
			assertThat(number.international()).isEqualTo(international);
		}
		if (lineType != null) {
			assertThat(number.lineType()).isEqualTo(lineType);
		}
		if (numberRegion != null) {
			assertThat(number.region()).isEqualTo(numberRegion);
		}
	}

	// tel: URIs (RFC 3966) as people copy them from web pages and address books
	@ParameterizedTest(name = "[{index}] {0} in {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					tel:+1-201-555-0123                        | US | +12015550123  |
					TEL:+1-201-555-0123                        | GB | +12015550123  |
					tel:+1.201.555.0123                        | US | +12015550123  |
					tel:+1(201)555-0123                        | US | +12015550123  |
					tel:+44-20-7946-0958                       | US | +442079460958 |
					tel:+1-201-555-0123;ext=123                | US | +12015550123  |
					tel:+1-201-555-0123;isub=7                 | US | +12015550123  |
					tel:555-0123;phone-context=+1-201          | DE | +12015550123  |
					tel:7946-0958;phone-context=+44-20         | US | +442079460958 |
					tel:2015550123;phone-context=example.com   | US | +12015550123  |
					' tel:+1-201-555-0123 '                    | US | +12015550123  |
					tel:863-1234;phone-context=+1-914-555      | US |               | Too long
					tel:                                       | US |               | Not a phone number
					tel:abc                                    | US |               | Not a phone number
					tel:+1-201-555-0123;phone-context=+44      | US |               | Not a phone number
					+1 201 555 0123 ext. 123                   | US |               | Extensions are not supported: enter the number without one
					""")
	void reads_tel_uris(String input, String region, String e164, String reason) {
		if (reason != null) {
			assertThatThrownBy(() -> NumberNormalizer.normalize(input, region))
				.isInstanceOf(InvalidNumberException.class)
				.hasMessage(reason);
			return;
		}
		assertThat(NumberNormalizer.normalize(input, region).e164()).isEqualTo(e164);
	}

	@Test
	void null_input_asks_for_a_number() {
		assertThatThrownBy(() -> NumberNormalizer.normalize(null, "US")).hasMessage("Enter a phone number");
	}

	@Test
	void sixty_four_characters_are_read_and_sixty_five_are_too_long() {
		String sixtyFour = "+1" + " ".repeat(52) + "4155552671";
		assertThat(sixtyFour).hasSize(64);
		assertThat(NumberNormalizer.normalize(sixtyFour, "US").e164()).isEqualTo("+14155552671");
		String sixtyFive = "+1" + " ".repeat(53) + "4155552671";
		assertThatThrownBy(() -> NumberNormalizer.normalize(sixtyFive, "US"))
			.hasMessage("Too long to be a phone number");
	}

	@Test
	void line_type_has_a_label_for_people() {
		assertThat(NumberNormalizer.normalize("07400 123456", "GB").lineType().label()).isEqualTo("Mobile");
		assertThat(LineType.TOLL_FREE.label()).isEqualTo("Toll-free");
	}

	@ParameterizedTest
	@ValueSource(strings = { "internal-101", "*99#", "ops.desk_2", "  ops.desk_2\t", "+49-INT.7" })
	void pseudo_number_is_stored_as_written_without_surrounding_whitespace(String input) {
		NormalizedNumber number = NumberNormalizer.pseudo(input);
		assertThat(number.e164()).isEqualTo(input.strip());
		assertThat(number.international()).isEqualTo(input.strip());
		assertThat(number.region()).isNull();
		assertThat(number.lineType()).isEqualTo(LineType.PSEUDO);
		assertThat(number.lineType().label()).isEqualTo("Pseudo number");
		assertThat(number.pseudo()).isTrue();
	}

	@Test
	void pseudo_number_may_have_sixty_four_characters() {
		assertThat(NumberNormalizer.pseudo("a".repeat(64)).e164()).hasSize(64);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ops desk    | Use only letters, digits and + * # . _ -
			ops/desk    | Use only letters, digits and + * # . _ -
			büro        | Use only letters, digits and + * # . _ -
			'   '       | Enter a number
			''          | Enter a number
			""")
	void pseudo_number_with_other_characters_or_blank_is_refused(String input, String reason) {
		assertThatThrownBy(() -> NumberNormalizer.pseudo(input)).isInstanceOf(InvalidNumberException.class)
			.hasMessage(reason);
	}

	@Test
	void pseudo_number_of_sixty_five_characters_is_refused() {
		assertThatThrownBy(() -> NumberNormalizer.pseudo("a".repeat(65))).hasMessage("Use at most 64 characters");
	}

	@ParameterizedTest
	@NullAndEmptySource
	void null_pseudo_number_asks_for_a_number(String input) {
		assertThatThrownBy(() -> NumberNormalizer.pseudo(input)).hasMessage("Enter a number");
	}

	@ParameterizedTest(name = "[{index}] {0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			(415) 555-2671       | US | +14155552671
			+44 (0)20 7946 0958  | US | +442079460958
			1-800-FLOWERS        | US | +18003569377
			555 26               | US | 55526
			４１５ ５５５           | US | 415555
			+44 20               | US | 4420
			abc                  | US | ''
			''                   | US | ''
			""")
	void search_key_is_the_e164_form_or_the_digits(String input, String region, String key) {
		assertThat(NumberNormalizer.searchKey(input, region)).isEqualTo(key);
	}

	@Test
	void search_key_of_null_is_empty() {
		assertThat(NumberNormalizer.searchKey(null, "US")).isEmpty();
	}

}
