package io.trunkline.importer;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.base.FieldException;

/** Numbers pasted one a line, in any formatting; blank lines are skipped. */
public final class PastedList {

	private PastedList() {
	}

	/**
	 * @throws FieldException at {@code pasted} when nothing is there or there is too much
	 */
	public static List<ImportRow> rows(String text, ImportLimits limits) {
		if (text == null || text.isBlank()) {
			throw new FieldException("pasted", ImportErrors.NO_ROWS, "Paste at least one number, one a line");
		}
		if (text.length() > limits.maxBytes()) {
			throw new FieldException("pasted", ImportErrors.TEXT_TOO_LARGE, limits.textTooLarge());
		}
		List<ImportRow> rows = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.isEmpty()) {
				if (rows.size() == limits.maxRows()) {
					throw new FieldException("pasted", ImportErrors.TOO_MANY_ROWS, limits.tooManyRows());
				}
				rows.add(ImportRow.ofNumber(i + 1, line));
			}
		}
		return rows;
	}

}
