package io.trunkline.base;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class NaturalOrderTest {

	static Stream<Arguments> lists() {
		return Stream.of(
				Arguments.of(List.of("Probe 10", "Probe 11", "Probe 12", "Probe 3"),
						List.of("Probe 3", "Probe 10", "Probe 11", "Probe 12")),
				Arguments.of(List.of("b", "A", "a2", "a10", "a1"), List.of("A", "a1", "a2", "a10", "b")),
				Arguments.of(List.of("x007", "x7", "x06"), List.of("x06", "x007", "x7")),
				Arguments.of(List.of("Trunk 99999999999999999999", "Trunk 100000000000000000000", "Trunk"),
						List.of("Trunk", "Trunk 99999999999999999999", "Trunk 100000000000000000000")),
				Arguments.of(List.of("eu-2b", "eu-2a", "eu-10"), List.of("eu-2a", "eu-2b", "eu-10")));
	}

	@ParameterizedTest
	@MethodSource("lists")
	void sorts_digits_by_value_and_letters_regardless_of_case(List<String> given, List<String> sorted) {
		assertThat(given.stream().sorted(NaturalOrder.INSTANCE).toList()).containsExactlyElementsOf(sorted);
	}

}
