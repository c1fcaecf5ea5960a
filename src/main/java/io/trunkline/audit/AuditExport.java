package io.trunkline.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import jakarta.validation.Valid;

import io.trunkline.base.CsvCells;
import io.trunkline.security.CurrentUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The entries matching a filter as CSV, newest first, read a page at a time. Text that
 * people typed (emails, names in the changes) is written quoted where needed and
 * neutralized where a spreadsheet could run it as a formula.
 */
@Service
@Validated
public class AuditExport {

	static final String[] HEADER = { "occurred_at", "organization_id", "user_id", "user_email", "action", "entity_type",
			"entity_id", "entity_name", "changes" };

	private static final int PAGE = 1000;

	private final AuditSearch search;

	private final CurrentUser currentUser;

	AuditExport(AuditSearch search, CurrentUser currentUser) {
		this.search = search;
		this.currentUser = currentUser;
	}

	/** Writes every entry the caller may read that matches the filter. */
	@PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
	@Transactional(readOnly = true)
	public void write(@Valid AuditFilter filter, Writer out) {
		AuditScope scope = AuditScope.of(this.currentUser.requireCaller());
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			AuditRow last = null;
			while (true) {
				List<AuditRow> rows = this.search.after(scope, filter, last, PAGE);
				for (AuditRow row : rows) {
					csv.printRecord(row.occurredAt(), row.organizationId(), row.userId(),
							CsvCells.safe(row.userEmail()), row.action(), row.entityType(), row.entityId(),
							CsvCells.safe(row.entityName()), CsvCells.safe(row.changesText()));
				}
				if (rows.size() < PAGE) {
					break;
				}
				last = rows.get(rows.size() - 1);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
