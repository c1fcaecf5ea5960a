package io.trunkline.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ReviewRow;
import io.trunkline.importer.RowStatus;

/**
 * A page of an import's rows as asked for: a verdict (or all), after the line the cursor
 * names, {@code limit} rows. Checked when built, before anything runs.
 */
final class RowPaging {

	static final int DEFAULT_LIMIT = 100;

	static final int MAX_LIMIT = 1000;

	/** The verdicts of a dry run, in the wizard's order. */
	static final List<RowStatus> VERDICTS = List.of(RowStatus.READY, RowStatus.INVALID, RowStatus.DUPLICATE_IN_FILE,
			RowStatus.ALREADY_PRESENT);

	private final RowStatus status;

	private final int afterLine;

	private final int limit;

	RowPaging(String status, String cursor, Integer limit) {
		this.status = status(status);
		this.afterLine = (int) Math.min(Cursors.parse(cursor), Integer.MAX_VALUE);
		this.limit = (limit != null) ? limit : DEFAULT_LIMIT;
		if (this.limit < 1 || this.limit > MAX_LIMIT) {
			throw new BadRequestException("invalid_limit", "limit is 1 to " + MAX_LIMIT + ".");
		}
	}

	ImportRowPage page(ImportPlan plan) {
		List<ReviewRow> rows = plan.rowsAfter(this.status, this.afterLine, this.limit + 1);
		boolean more = rows.size() > this.limit;
		List<ReviewRow> page = more ? rows.subList(0, this.limit) : rows;
		String next = more ? Cursors.after(page.get(page.size() - 1).line()) : null;
		return new ImportRowPage(page.stream().map(ImportRowItem::of).toList(), next);
	}

	ImportDryRun dryRun(ImportPlan plan) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		VERDICTS.forEach((verdict) -> counts.put(name(verdict), plan.count(verdict)));
		return new ImportDryRun(plan.sourceName(), plan.count(null), counts, page(plan));
	}

	static String name(RowStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	private static RowStatus status(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (RowStatus status : RowStatus.values()) {
			if (name(status).equals(text.strip())) {
				return status;
			}
		}
		throw new BadRequestException("invalid_status",
				"status is one of ready, invalid, duplicate_in_file, already_present, imported, not_imported.");
	}

}
