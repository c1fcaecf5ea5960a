package io.trunkline.api;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.importer.ImportRow;

/**
 * An import as JSON: the rows, and what the wizard applies to all of them (the carrier
 * and each direction's agents). A row's own trunk or agent wins over these.
 */
@Schema(name = "ImportJobRequest")
record ImportJobRequest(@Schema(
		description = "Up to 1,000,000 rows (trunkline.import.max-rows), within the request body limit") List<Row> rows,
		@Schema(description = "The SIP trunk of every row (or twilio_integration_id)", example = "12") Long sipTrunkId,
		@Schema(description = "The Twilio integration of every row, instead of a SIP trunk") Long twilioIntegrationId,
		@Schema(description = "Inbound agents of every row; weights add up to 10000") List<ImportAgent> inboundAgents,
		@Schema(description = "Outbound agents of every row; weights add up to 10000") List<ImportAgent> outboundAgents,
		@Schema(description = "ready_only unless given") ImportJobMode mode,
		@Schema(description = "Only check the rows: answers 200 with every row's verdict, stores nothing") Boolean dryRun,
		@Schema(description = "Shown in the console's import list", example = "provisioning script",
				maxLength = 255) String sourceName) {

	static final String DEFAULT_SOURCE = "API request";

	/** Each row with its line: its place in {@code rows}, from 1. */
	List<ImportRow> importRows() {
		List<ImportRow> read = new ArrayList<>();
		List<Row> given = (this.rows != null) ? this.rows : List.of();
		for (int i = 0; i < given.size(); i++) {
			Row row = given.get(i);
			read.add((row != null) ? row.toImportRow(i + 1) : ImportRow.ofNumber(i + 1, null));
		}
		return read;
	}

	String source() {
		return (this.sourceName != null && !this.sourceName.isBlank()) ? this.sourceName : DEFAULT_SOURCE;
	}

	@Override
	public String toString() {
		return "ImportJobRequest[rows=" + ((this.rows != null) ? this.rows.size() : 0) + "]";
	}

	/** One row as the wizard reads it from a file's columns. */
	@Schema(name = "ImportJobRow")
	record Row(@Schema(example = "+1 415 555 0101") String phoneNumber, @Schema(example = "Main line") String name,
			String description, @Schema(description = "Name or external id of the inbound agent") String inboundAgent,
			@Schema(description = "Name or external id of the outbound agent") String outboundAgent,
			@Schema(description = "Name of the SIP trunk or Twilio integration") String trunk) {

		ImportRow toImportRow(int line) {
			return new ImportRow(line, this.phoneNumber, this.name, this.description, this.inboundAgent,
					this.outboundAgent, this.trunk);
		}

	}

}
