package io.trunkline.importer;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import io.trunkline.base.FieldException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnMappingTest {

	private final CsvSource source = CsvSource.read("a.csv",
			"Telefon;Name\n+1 415 555 0100;Front\n".getBytes(StandardCharsets.UTF_8), ImportLimits.DEFAULTS);

	@Test
	void a_mapping_without_any_column_asks_for_the_number_column() {
		for (Map<ImportColumn, Integer> none : java.util.List.<Map<ImportColumn, Integer>>of(Map.of(),
				new EnumMap<>(ImportColumn.class))) {
			assertThatThrownBy(() -> this.source.rows(ColumnMapping.of(none)))
				.isInstanceOfSatisfying(FieldException.class, (ex) -> assertThat(ex.getField()).isEqualTo("mapping"))
				.hasMessage("Choose the column that holds the phone numbers");
		}
	}

	@Test
	void a_chosen_mapping_reads_the_columns_it_names() {
		ImportRow row = this.source.rows(ColumnMapping.of(Map.of(ImportColumn.NUMBER, 0, ImportColumn.NAME, 1))).get(0);
		assertThat(row.number()).isEqualTo("+1 415 555 0100");
		assertThat(row.name()).isEqualTo("Front");
		assertThat(row.line()).isEqualTo(2);
	}

}
