package io.trunkline.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.trunkline.base.FieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CsvSourceTest {

	static List<Arguments> unreadable_files() {
		byte[] binary = { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] latin1 = "number,name\n+14155550001,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] utf16 = "number\n+14155550001\n".getBytes(StandardCharsets.UTF_16);
		return List.of(Arguments.of("empty", new byte[0], "The file is empty"),
				Arguments.of("blank", " \n\r\n ".getBytes(StandardCharsets.UTF_8), "The file is empty"),
				Arguments.of("binary named .csv", binary, "This is not a CSV file: it holds binary data"),
				Arguments.of("Latin-1", latin1,
						"Line 2 has bytes that are not UTF-8 text: save the file as CSV UTF-8 and upload it again"),
				Arguments.of("UTF-16", utf16, "The file is UTF-16 text: save it as CSV UTF-8 and upload it again"),
				Arguments.of("over 64 MB", new byte[ImportLimits.DEFAULTS.maxBytes() + 1],
						"The file is larger than 64 MB: split it into smaller files"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource
	void unreadable_files(String what, byte[] bytes, String message) {
		assertThatThrownBy(() -> CsvSource.read("numbers.csv", bytes, ImportLimits.DEFAULTS))
			.isInstanceOfSatisfying(FieldException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("file");
				assertThat(ex.getMessage()).isEqualTo(message);
			});
	}

	static List<Arguments> delimiters() {
		return List.of(Arguments.of("number,name\n+14155550001,One\n", ','),
				Arguments.of("number;name\n+14155550001;One, the first\n", ';'),
				Arguments.of("number\tname\n+14155550001\tOne\n", '\t'),
				Arguments.of("number,\"name; label\"\n+14155550001,One\n", ','),
				Arguments.of("number\n+14155550001\n", ','));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource
	void delimiters(String csv, char delimiter) {
		CsvSource source = read(csv);
		assertThat(source.delimiter()).isEqualTo(delimiter);
		assertThat(source.rows(source.suggestedMapping())).extracting(ImportRow::number)
			.containsExactly("+14155550001");
	}

	@Test
	void a_byte_order_mark_is_dropped_and_common_header_names_are_recognized() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "phoneNumber;display_name;Notes;incomingCallsAgentId;Outbound Agent;sip_trunk\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(text, 0, bytes, bom.length, text.length);

		CsvSource source = CsvSource.read("numbers.csv", bytes, ImportLimits.DEFAULTS);

		assertThat(source.headers().get(0)).isEqualTo("phoneNumber");
		assertThat(source.suggestedMapping().asMap()).containsExactlyInAnyOrderEntriesOf(
				Map.of(ImportColumn.NUMBER, 0, ImportColumn.NAME, 1, ImportColumn.DESCRIPTION, 2,
						ImportColumn.INBOUND_AGENT, 3, ImportColumn.OUTBOUND_AGENT, 4, ImportColumn.TRUNK, 5));
	}

	@Test
	void rows_keep_their_line_numbers_and_blank_rows_are_skipped() {
		CsvSource source = read(
				"number,name\n\n+14155550001,One\n,\n\"+1 415 555 0002\",\"Two,\nlines\"\n+14155550003,\n");

		assertThat(source.rows(source.suggestedMapping()))
			.extracting(ImportRow::line, ImportRow::number, ImportRow::name)
			.containsExactly(tuple(3, "+14155550001", "One"), tuple(5, "+1 415 555 0002", "Two,\nlines"),
					tuple(7, "+14155550003", null));
	}

	@Test
	void garbage_formulas_and_huge_fields_are_read_as_values_for_the_dry_run_to_judge() {
		String huge = "x".repeat(10_000);
		CsvSource source = read(
				"number,name\n=cmd|' /C calc'!A0,@SUM(1)\n\"unterminated,quote\n+14155550001," + huge + "\n");

		List<ImportRow> rows = source.rows(source.suggestedMapping());

		assertThat(rows.get(0).number()).isEqualTo("=cmd|' /C calc'!A0");
		assertThat(rows.get(0).name()).isEqualTo("@SUM(1)");
		// an unclosed quote runs to the end of the file: one more, very long, value
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).number().substring(0, 35)).isEqualTo("unterminated,quote\n+14155550001,xxx");
		assertThat(rows.get(1).number().length()).isEqualTo(10_032);
	}

	@Test
	void a_file_with_only_a_header_is_refused() {
		CsvSource source = read("number,name\n\n");
		assertThatThrownBy(() -> source.rows(source.suggestedMapping())).isInstanceOf(FieldException.class)
			.hasMessage("The file has a header row but no rows under it");
	}

	@Test
	void the_number_column_must_be_mapped_once() {
		CsvSource source = read("phone,label\n+14155550001,One\n");
		assertThatThrownBy(() -> source.rows(ColumnMapping.of(Map.of(ImportColumn.NAME, 1))))
			.isInstanceOfSatisfying(FieldException.class, (ex) -> assertThat(ex.getField()).isEqualTo("mapping"))
			.hasMessage("Choose the column that holds the phone numbers");
		assertThatThrownBy(() -> source.rows(ColumnMapping.of(Map.of(ImportColumn.NUMBER, 0, ImportColumn.NAME, 0))))
			.hasMessage("Each column can feed one field only");
		assertThatThrownBy(() -> source.rows(ColumnMapping.of(Map.of(ImportColumn.NUMBER, 5))))
			.hasMessage("The mapping names a column the file does not have");
	}

	@Test
	void a_file_read_with_the_wrong_delimiter_can_be_read_again_with_the_right_one() {
		CsvSource source = read("number|name\n+14155550001|One\n").withDelimiter(';');
		assertThat(source.headers()).containsExactly("number|name");
		assertThatThrownBy(() -> source.rows(source.suggestedMapping())).isInstanceOf(FieldException.class);

		CsvSource semicolons = read("number;name\n+14155550001;One\n").withDelimiter(',');
		assertThat(semicolons.headers()).containsExactly("number;name");
		CsvSource fixed = semicolons.withDelimiter(';');
		assertThat(fixed.rows(fixed.suggestedMapping())).extracting(ImportRow::name).containsExactly("One");
	}

	@Test
	void more_than_the_row_limit_is_refused() {
		StringBuilder csv = new StringBuilder("number\n");
		for (int i = 0; i <= ImportLimits.DEFAULTS.maxRows(); i++) {
			csv.append(i).append('\n');
		}
		CsvSource source = read(csv.toString());
		assertThatThrownBy(() -> source.rows(source.suggestedMapping())).isInstanceOf(FieldException.class)
			.hasMessage(ImportLimits.DEFAULTS.tooManyRows());
	}

	private static CsvSource read(String csv) {
		return CsvSource.read("numbers.csv", csv.getBytes(StandardCharsets.UTF_8), ImportLimits.DEFAULTS);
	}

}
