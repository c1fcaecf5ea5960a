package io.trunkline.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dry run stores every chunk once, in order, while the next one is checked. */
class CheckAheadTest {

	private final ForkJoinPool pool = new ForkJoinPool(2);

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void every_row_is_stored_once_in_the_order_of_the_file() {
		List<List<Integer>> stored = new ArrayList<>();
		CheckAhead ahead = new CheckAhead(this.pool, CheckAheadTest::rejected,
				(rows) -> stored.add(rows.stream().map(ReviewRow::line).toList()));
		ahead.add(rows(1, 1000));
		assertThat(stored).as("the first chunk waits for the next or the end").isEmpty();
		ahead.add(rows(1001, 1000));
		ahead.add(rows(2001, 5));
		ahead.finish();
		assertThat(stored).hasSize(3);
		assertThat(stored.stream().flatMap(List::stream).toList())
			.isEqualTo(IntStream.rangeClosed(1, 2005).boxed().toList());
	}

	@Test
	void a_check_that_fails_fails_the_dry_run_with_its_own_exception() {
		List<ReviewRow> stored = new ArrayList<>();
		CheckAhead ahead = new CheckAhead(this.pool, (row) -> {
			if (row.line() == 1500) {
				throw new IllegalStateException("row 1500");
			}
			return rejected(row);
		}, stored::addAll);
		ahead.add(rows(1, 1000));
		assertThatThrownBy(() -> {
			ahead.add(rows(1001, 1000));
			ahead.finish();
		}).isInstanceOf(IllegalStateException.class).hasMessageContaining("row 1500");
		assertThat(stored).as("only the chunk before it").hasSize(1000);
	}

	private static ReviewRow rejected(ImportRow row) {
		return ReviewRow.rejected(row, null, RowStatus.INVALID, "Not a phone number");
	}

	private static List<ImportRow> rows(int first, int count) {
		return IntStream.range(first, first + count).mapToObj((line) -> ImportRow.ofNumber(line, "x" + line)).toList();
	}

}
