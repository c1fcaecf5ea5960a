package io.trunkline.agent;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class AgentInUseMessageTest {

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void the_count_of_numbers_is_formatted_for_the_person_reading_it() {
		LocaleContextHolder.setLocale(Locale.UK);
		assertThat(AgentConstraints.inUse(99_900).getMessage()).startsWith("This agent is bound to 99,900 numbers.");
		LocaleContextHolder.setLocale(Locale.GERMANY);
		assertThat(AgentConstraints.inUse(99_900).getMessage()).startsWith("This agent is bound to 99.900 numbers.");
		assertThat(AgentConstraints.inUse(1).getMessage()).startsWith("This agent is bound to 1 number.");
	}

}
