package io.trunkline.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GridRangeTest {

	@Test
	void a_range_that_starts_inside_a_page_keeps_its_offset_and_size() {
		Query<Object, Void> query = new Query<>(10_025, 150, QuerySortOrder.desc("number").build(), null, null);

		GridRange range = GridRange.of(query);

		assertThat(range.getOffset()).isEqualTo(10_025);
		assertThat(range.getPageSize()).isEqualTo(150);
		assertThat(range.getSort()).isEqualTo(Sort.by(Sort.Order.desc("number")));
		assertThat(range.next().getOffset()).isEqualTo(10_175);
		assertThat(range.previousOrFirst().getOffset()).isEqualTo(9_875);
		assertThat(range.hasPrevious()).isTrue();
		assertThat(range.first().getOffset()).isZero();
	}

	@Test
	void a_negative_offset_is_refused() {
		assertThatThrownBy(() -> new GridRange(-1, 50, Sort.unsorted())).isInstanceOf(IllegalArgumentException.class);
	}

}
