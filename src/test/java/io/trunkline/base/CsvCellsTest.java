package io.trunkline.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			=1+1        | '=1+1
			+1          | '+1
			-1          | '-1
			@x          | '@x
			plain       | plain
			a=b         | a=b
			""")
	void cells_that_a_spreadsheet_would_run_are_neutralized(String cell, String exported) {
		assertThat(CsvCells.safe(cell)).isEqualTo(exported);
		assertThat(CsvCells.safe("\tx")).isEqualTo("'\tx");
		assertThat(CsvCells.safe("\rx")).isEqualTo("'\rx");
	}

}
