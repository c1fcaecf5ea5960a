package io.trunkline.importer;

import io.trunkline.base.FieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PastedListTest {

	@Test
	void one_number_a_line_in_any_formatting_blank_lines_skipped() {
		assertThat(PastedList.rows("(415) 555-2671\r\n\n  +1.415.555.2672  \n\t\n0044 20 7946 0958",
				ImportLimits.DEFAULTS))
			.extracting(ImportRow::line, ImportRow::number)
			.containsExactly(tuple(1, "(415) 555-2671"), tuple(3, "+1.415.555.2672"), tuple(5, "0044 20 7946 0958"));
	}

	@Test
	void nothing_pasted_is_refused_at_the_field() {
		assertThatThrownBy(() -> PastedList.rows(" \n \n", ImportLimits.DEFAULTS))
			.isInstanceOfSatisfying(FieldException.class, (ex) -> assertThat(ex.getField()).isEqualTo("pasted"));
	}

	@Test
	void more_than_the_row_limit_is_refused() {
		String many = "1\n".repeat(ImportLimits.DEFAULTS.maxRows() + 1);
		assertThatThrownBy(() -> PastedList.rows(many, ImportLimits.DEFAULTS))
			.hasMessage(ImportLimits.DEFAULTS.tooManyRows());
	}

}
