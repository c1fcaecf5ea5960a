package io.trunkline.importer;

import java.util.List;
import java.util.Map;

import io.trunkline.organization.OrganizationService;
import io.trunkline.phonenumber.NumberDraft;
import io.trunkline.phonenumber.NumberImport;
import io.trunkline.phonenumber.PhoneNumberService;

import org.springframework.stereotype.Component;

/**
 * Writes one chunk of an import's ready rows, in the caller's transaction, as checked
 * again (the review's numbers with the trunk and agents as they are now, no parsing):
 * those the organization does not have yet, and gives every row its verdict.
 */
@Component
class ChunkWriter {

	private final NumberImport numbers;

	private final OrganizationService organizations;

	ChunkWriter(NumberImport numbers, OrganizationService organizations) {
		this.numbers = numbers;
		this.organizations = organizations;
	}

	/**
	 * @param checked the chunk's rows checked again ({@link ReadAhead})
	 * @return every row with the verdict of this write
	 */
	Written write(ImportBatch batch, List<ReviewRow> checked) {
		this.organizations.lockForWriting(batch.organizationId);
		List<NumberDraft> drafts = checked.stream()
			.filter((row) -> row.status() == RowStatus.READY)
			.map(ReviewRow::number)
			.toList();
		Map<String, Long> written = this.numbers.insertNew(batch.getId(), drafts);
		return new Written(checked.stream().map((row) -> verdict(row, written)).toList());
	}

	private static ReviewRow verdict(ReviewRow row, Map<String, Long> written) {
		if (row.status() != RowStatus.READY) {
			return row.settled(RowStatus.NOT_IMPORTED, "No longer valid: " + row.reason());
		}
		if (!written.containsKey(row.normalized())) {
			return row.settled(RowStatus.ALREADY_PRESENT,
					PhoneNumberService.DUPLICATE + " (added while the import ran)");
		}
		return row.settled(RowStatus.IMPORTED, null);
	}

	/** A chunk's rows with their verdicts. */
	record Written(List<ReviewRow> rows) {

		/** The rows it did not import: the only ones whose verdict is stored. */
		List<ReviewRow> notImported() {
			return this.rows.stream().filter((row) -> row.status() != RowStatus.IMPORTED).toList();
		}

		int imported() {
			return this.rows.size() - notImported().size();
		}

	}

}
