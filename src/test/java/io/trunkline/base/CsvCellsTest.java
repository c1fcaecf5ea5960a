package io.trunkline.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			=1+1          | '=1+1
			=HYPERLINK(x) | '=HYPERLINK(x)
			@SUM(A1)      | '@SUM(A1)
			@x            | '@x
			+1 (555)      | '+1 (555)
			+1 415 555    | '+1 415 555
			+1-415        | '+1-415
			-2+3          | '-2+3
			+1e5          | '+1e5
			-1e5          | '-1e5
			+A1           | '+A1
			-             | '-
			+             | '+
			"+14155552671 "  | "'+14155552671 "
			--1           | '--1
			""")
	void cells_that_a_spreadsheet_would_run_are_neutralized(String cell, String exported) {
		assertThat(CsvCells.safe(cell)).isEqualTo(exported);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\tx", "\rx", "\t+1", "\r=1" })
	void cells_beginning_with_a_tab_or_carriage_return_are_neutralized(String cell) {
		assertThat(CsvCells.safe(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "+14155552671", "+442079460958", "-15", "12345", "+1", "-1", "2.5", "-0.5", "plain", "a=b",
			"(415) 555-2671", "" })
	void plain_numbers_and_text_pass_unchanged(String cell) {
		assertThat(CsvCells.safe(cell)).isEqualTo(cell);
	}

}
