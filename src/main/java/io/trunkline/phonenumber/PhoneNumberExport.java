package io.trunkline.phonenumber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import jakarta.validation.Valid;

import io.trunkline.base.CsvCells;
import io.trunkline.organization.OrganizationService;
import io.trunkline.security.CurrentUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The numbers matching a filter as CSV, written a page at a time. No secret is exported,
 * and text that a spreadsheet could run as a formula is neutralized; a validated E.164
 * number is written as it is.
 */
@Service
@Validated
public class PhoneNumberExport {

	static final String[] HEADER = { "number", "international", "display_name", "region", "line_type", "provider",
			"carrier", "active", "updated_at" };

	private static final int PAGE = 1000;

	private final PhoneNumberSearch search;

	private final OrganizationService organizations;

	private final CurrentUser currentUser;

	PhoneNumberExport(PhoneNumberSearch search, OrganizationService organizations, CurrentUser currentUser) {
		this.search = search;
		this.organizations = organizations;
		this.currentUser = currentUser;
	}

	/** Writes every number of the caller's organization that matches the filter. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public void write(@Valid NumberFilter filter, Writer out) {
		long organizationId = this.currentUser.organizationId();
		String region = this.organizations.current().defaultRegion();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
			for (int page = 0;; page++) {
				List<PhoneNumberRow> rows = this.search.page(organizationId, region, filter,
						PageRequest.of(page, PAGE, Sort.by("number")));
				for (PhoneNumberRow row : rows) {
					csv.printRecord(row.pseudo() ? CsvCells.safe(row.number()) : row.number(),
							row.pseudo() ? CsvCells.safe(row.international()) : row.international(),
							CsvCells.safe(row.displayName()), row.region(), row.lineType().label(),
							row.provider().name(), CsvCells.safe(row.carrier()), row.active(), row.updatedAt());
				}
				if (rows.size() < PAGE) {
					break;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
