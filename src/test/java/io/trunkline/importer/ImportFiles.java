package io.trunkline.importer;

import java.util.ArrayList;
import java.util.List;

/** Rows of valid, distinct New York numbers for import tests. */
final class ImportFiles {

	private ImportFiles() {
	}

	/**
	 * Rows for the numbers {@code +1 646 3xx xxxx} from {@code first} (inclusive) to
	 * {@code last} (exclusive).
	 */
	static List<ImportRow> numbers(int first, int last) {
		List<ImportRow> rows = new ArrayList<>(last - first);
		for (int i = first; i < last; i++) {
			rows.add(ImportRow.ofNumber(rows.size() + 1, number(i)));
		}
		return rows;
	}

	static String number(int i) {
		return "+1646" + (3_000_000 + i);
	}

}
