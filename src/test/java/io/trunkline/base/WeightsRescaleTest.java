package io.trunkline.base;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeightsRescaleTest {

	@Test
	void two_thirds_left_become_halves() {
		assertThat(Weights.rescale(new int[] { 3333, 3333 })).containsExactly(5000, 5000);
	}

	@Test
	void the_left_over_basis_point_goes_to_the_largest_fraction() {
		assertThat(Weights.rescale(new int[] { 3334, 3333 })).containsExactly(5001, 4999);
		assertThat(Weights.rescale(new int[] { 1, 1, 1 })).containsExactly(3334, 3333, 3333);
	}

	@Test
	void a_single_weight_becomes_everything() {
		assertThat(Weights.rescale(new int[] { 1 })).containsExactly(10000);
	}

	@Test
	void weights_already_adding_up_are_kept() {
		assertThat(Weights.rescale(new int[] { 2500, 7500 })).containsExactly(2500, 7500);
	}

	@Test
	void tiny_weights_among_too_many_stay_at_least_one_and_the_sum_is_exact() {
		int[] weights = new int[] { 1, 1, 30000 };
		int[] scaled = Weights.rescale(weights);
		assertThat(Arrays.stream(scaled).min().getAsInt()).isEqualTo(1);
		assertThat(Arrays.stream(scaled).sum()).isEqualTo(10000);
	}

	@Test
	void every_list_adds_up_exactly() {
		int[] weights = { 17, 4999, 1, 230, 3, 1200 };
		assertThat(Arrays.stream(Weights.rescale(weights)).sum()).isEqualTo(10000);
	}

	@Test
	void no_weights_or_non_positive_ones_are_refused() {
		assertThatThrownBy(() -> Weights.rescale(new int[0])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Weights.rescale(new int[] { 0, 5 })).isInstanceOf(IllegalArgumentException.class);
	}

}
