package io.trunkline.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.trunkline.base.FieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file on disk, read as a stream each time: many times the read buffers, with blank
 * lines, Windows line ends and cells over two lines, it gives the same rows and lines as
 * the same bytes in memory.
 */
class CsvFileTest {

	@TempDir
	Path folder;

	@Test
	void a_file_many_buffers_long_keeps_every_line_number_however_often_it_is_read() throws IOException {
		StringBuilder csv = new StringBuilder("\uFEFFnumber,description\r\n");
		List<Integer> lines = new ArrayList<>();
		int line = 2;
		for (int i = 0; i < 30_000; i++) {
			if (i % 1_000 == 999) {
				csv.append("\n\r\n");
				line += 2;
			}
			lines.add(line);
			if (i % 777 == 0) {
				csv.append("+1646").append(2_000_000 + i).append(",\"two\nlines\"\n");
				line += 2;
			}
			else {
				csv.append("+1646").append(2_000_000 + i).append(",one line\r\n");
				line++;
			}
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(this.folder.resolve("big.csv"), bytes);

		CsvSource onDisk = CsvSource.read("big.csv", file, ImportLimits.DEFAULTS);
		CsvRows rows = onDisk.scan(onDisk.suggestedMapping());

		assertThat(onDisk.headers()).containsExactly("number", "description");
		assertThat(rows.size()).isEqualTo(30_000);
		List<ImportRow> first = new ArrayList<>();
		rows.forEach(first::add);
		List<ImportRow> again = new ArrayList<>();
		rows.forEach(again::add);
		assertThat(first).extracting(ImportRow::line).containsExactlyElementsOf(lines);
		assertThat(again).isEqualTo(first);
		assertThat(first.get(777).description()).isEqualTo("two\nlines");
		CsvSource inMemory = CsvSource.read("big.csv", bytes, ImportLimits.DEFAULTS);
		assertThat(inMemory.rows(inMemory.suggestedMapping())).isEqualTo(first);
		assertThat(onDisk.firstRows(onDisk.suggestedMapping(), 3)).isEqualTo(first.subList(0, 3));
	}

	@Test
	void bytes_that_are_not_utf8_far_into_a_file_are_refused_with_their_line() throws IOException {
		StringBuilder csv = new StringBuilder("number,name\n");
		for (int i = 0; i < 9_999; i++) {
			csv.append("+1646").append(2_000_000 + i).append(",Line\n");
		}
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] latin1 = "+16469999999,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		byte[] bytes = new byte[text.length + latin1.length];
		System.arraycopy(text, 0, bytes, 0, text.length);
		System.arraycopy(latin1, 0, bytes, text.length, latin1.length);
		Path file = Files.write(this.folder.resolve("latin1.csv"), bytes);

		assertThatThrownBy(() -> CsvSource.read("latin1.csv", file, ImportLimits.DEFAULTS))
			.isInstanceOfSatisfying(FieldException.class, (ex) -> assertThat(ex.getField()).isEqualTo("file"))
			.hasMessage("Line 10001 has bytes that are not UTF-8 text: save the file as CSV UTF-8 and upload it again");
	}

	@Test
	void a_whole_file_check_finds_what_the_first_rows_do_not_show() throws IOException {
		StringBuilder csv = new StringBuilder("number\n");
		for (int i = 0; i <= ImportLimits.DEFAULTS.maxRows(); i++) {
			csv.append(i).append('\n');
		}
		Path file = Files.writeString(this.folder.resolve("many.csv"), csv);
		CsvSource source = CsvSource.read("many.csv", file, ImportLimits.DEFAULTS);

		assertThat(source.firstRows(source.suggestedMapping(), 5)).hasSize(5);
		assertThatThrownBy(source::check).isInstanceOf(FieldException.class)
			.hasMessage(ImportLimits.DEFAULTS.tooManyRows());
	}

}
