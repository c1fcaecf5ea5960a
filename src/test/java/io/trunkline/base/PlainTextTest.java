package io.trunkline.base;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for control characters, character by character, for a single-line and a
 * multiline field.
 */
class PlainTextTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@ParameterizedTest(name = "U+{0}: single line {1}, multiline {2}")
	@CsvSource({
			// C0
			"0000, refused, refused", "0001, refused, refused", "0008, refused, refused", "000B, refused, refused",
			"000C, refused, refused", "001B, refused, refused", "001F, refused, refused",
			// tab and line breaks: only where the field may span lines
			"0009, refused, allowed", "000A, refused, allowed", "000D, refused, allowed",
			// DEL and C1
			"007F, refused, refused", "0080, refused, refused", "0085, refused, refused", "009F, refused, refused",
			// line and paragraph separators
			"2028, refused, refused", "2029, refused, refused",
			// ordinary text around them
			"0020, allowed, allowed", "007E, allowed, allowed", "00A0, allowed, allowed", "00E9, allowed, allowed",
			"200B, allowed, allowed", "FEFF, allowed, allowed", "D83D, allowed, allowed" })
	void each_character_is_refused_or_allowed(String hex, String singleLine, String multiline) {
		char c = (char) Integer.parseInt(hex, 16);
		String text = "ab" + c + "cd";
		assertThat(verdict(new Line(text))).isEqualTo(expected(singleLine, hex));
		assertThat(verdict(new Lines(text))).isEqualTo(expected(multiline, hex));
		assertThat(ControlCharacters.firstRefused(text, false) >= 0).isEqualTo(singleLine.equals("refused"));
	}

	@ParameterizedTest
	@CsvSource({ "'', allowed", "plain, allowed", "'  spaced  out  ', allowed" })
	void ordinary_text_and_nothing_are_plain(String text, String verdict) {
		assertThat(verdict(new Line(text))).isEqualTo("allowed");
		assertThat(verdict(new Line(null))).isEqualTo("allowed");
		assertThat(verdict).isEqualTo("allowed");
	}

	@ParameterizedTest
	@CsvSource({ "'a\u0000b', 'a?b'", "'\u0085\u2028x', '??x'", "'tab\there', 'tab?here'", "plain, plain" })
	void replace_shows_each_control_character_as_a_question_mark(String text, String shown) {
		assertThat(ControlCharacters.replace(text)).isEqualTo(shown);
	}

	private static String expected(String verdict, String hex) {
		return verdict.equals("allowed") ? "allowed" : "Remove the control character U+" + hex + " at position 3";
	}

	private static String verdict(Object bean) {
		Set<ConstraintViolation<Object>> violations = validator.validate(bean);
		assertThat(violations).hasSizeLessThanOrEqualTo(1);
		return violations.isEmpty() ? "allowed" : violations.iterator().next().getMessage();
	}

	record Line(@PlainText String text) {
	}

	record Lines(@PlainText(multiline = true) String text) {
	}

}
