package io.trunkline.importer;

import java.util.List;
import java.util.Map;

import io.trunkline.organization.OrganizationService;
import io.trunkline.phonenumber.NumberDraft;
import io.trunkline.phonenumber.NumberImport;
import io.trunkline.phonenumber.PhoneNumberService;

import org.springframework.stereotype.Component;

/**
 * Writes one chunk of an import's ready rows, in the caller's transaction: checks them
 * again (the review's numbers with the trunk and agents as they are now, no parsing),
 * writes those the organization does not have yet, and gives every row its verdict.
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
	 * @return every row with the verdict of this write, and the ids of the numbers
	 * written
	 */
	Written write(ImportBatch batch, RowCheck check, List<ImportRowStore.Ready> chunk) {
		this.organizations.lockForWriting(batch.organizationId);
		List<ReviewRow> checked = chunk.stream().map((row) -> check.row(row.cells(), row.reviewed())).toList();
		List<NumberDraft> drafts = checked.stream()
			.filter((row) -> row.status() == RowStatus.READY)
			.map(ReviewRow::number)
			.toList();
		Map<String, Long> written = this.numbers.insertNew(batch.getId(), drafts);
		return new Written(checked.stream().map((row) -> verdict(row, written)).toList(), written);
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

	/** A chunk's rows with their verdicts, and the ids of the numbers it wrote. */
	record Written(List<ReviewRow> rows, Map<String, Long> numberIds) {

		int imported() {
			return (int) this.rows.stream().filter((row) -> row.status() == RowStatus.IMPORTED).count();
		}

	}

}
