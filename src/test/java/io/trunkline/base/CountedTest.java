package io.trunkline.base;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class CountedTest {

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void counts_in_messages_are_grouped_for_the_request_locale() {
		LocaleContextHolder.setLocale(Locale.GERMANY);
		assertThat(Counted.of(12_553, "number", "numbers")).isEqualTo("12.553 numbers");
		LocaleContextHolder.setLocale(Locale.US);
		assertThat(Counted.of(12_553, "number", "numbers")).isEqualTo("12,553 numbers");
		assertThat(Counted.of(1, "number", "numbers")).isEqualTo("1 number");
		assertThat(Counted.of(0, "number", "numbers")).isEqualTo("0 numbers");
	}

}
