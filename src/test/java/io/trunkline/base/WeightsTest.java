package io.trunkline.base;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WeightsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			100     | 10000
			33.33   | 3333
			33.34   | 3334
			0.01    | 1
			50.5    | 5050
			12.345  | -1
			0       | 0
			""")
	void percentages_become_exact_basis_points(String percent, int basisPoints) {
		assertThat(Weights.basisPoints(new BigDecimal(percent))).isEqualTo(basisPoints);
	}

	@Test
	void even_split_always_adds_up_to_exactly_one_hundred_percent() {
		for (int count = 1; count <= 50; count++) {
			assertThat(Weights.even(count).stream().mapToInt(Integer::intValue).sum()).isEqualTo(Weights.WHOLE);
			assertThat(Weights.even(count)).allMatch((w) -> w > 0);
		}
		assertThat(Weights.even(3)).containsExactly(3334, 3333, 3333);
		assertThat(Weights.even(7)).containsExactly(1429, 1429, 1429, 1429, 1428, 1428, 1428);
	}

	@Test
	void basis_points_show_as_percent_with_two_decimals() {
		assertThat(Weights.percent(3333)).isEqualTo("33.33 %");
		assertThat(Weights.percent(10000)).isEqualTo("100.00 %");
		assertThat(Weights.percent(5)).isEqualTo("0.05 %");
	}

}
