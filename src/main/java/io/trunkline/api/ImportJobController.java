package io.trunkline.api;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.importer.CsvSource;
import io.trunkline.importer.ImportPlan;
import io.trunkline.importer.ImportProgress;
import io.trunkline.importer.ImportReport;
import io.trunkline.importer.ImportRow;
import io.trunkline.importer.ImportService;
import io.trunkline.importer.ImportSettings;
import io.trunkline.phonenumber.Provider;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/import-jobs}: the import wizard over HTTP, through {@link ImportService}
 * exactly as the wizard calls it: the dry run ({@code plan}), then {@code start}, which
 * runs in the background; then its progress, its rows report, and cancelling it.
 */
@RestController
@RequestMapping(path = "/api/v1/import-jobs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Import jobs", description = "Many numbers at once, checked as the console's import wizard checks them")
class ImportJobController {

	static final String TEXT_CSV = "text/csv";

	static final String JSON_EXAMPLE = """
			{"rows": [{"phone_number": "+1 415 555 0101", "name": "Main line"},
			          {"phone_number": "+1 415 555 0102"}, {"phone_number": "+1 415 555 0103"}],
			 "sip_trunk_id": 12, "mode": "ready_only", "dry_run": true}""";

	private final ImportService imports;

	ImportJobController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import numbers given as JSON rows, or check them (admin, agent manager)",
			description = "Answers 202 with Location /api/v1/import-jobs/{id}; the import runs in the background "
					+ "(poll GET). With dry_run true: 200 with the counts and a page of the rows' verdicts "
					+ "(limit, cursor, status), nothing stored. At most 1,000,000 rows (trunkline.import.max-rows) within the request body limit. Errors of the trunk or "
					+ "agents are 422 all at once; all_or_nothing with rows that are not ready is 422 at 'mode'. "
					+ "Send an Idempotency-Key header to make a retry safe.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ImportJobRequest.class),
							examples = @ExampleObject(name = "three_numbers", value = JSON_EXAMPLE)),
					@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "three_numbers",
									value = "phone_number,name\n+1 415 555 0101,Main line\n+1 415 555 0102,\n"
											+ "+1 415 555 0103,\n")) }))
	ResponseEntity<Object> createFromJson(@RequestBody ImportJobRequest request,
			@Parameter(description = "Dry run only: rows per page, 1 to 1000 (100)") @RequestParam(
					required = false) Integer limit,
			@Parameter(description = "Dry run only: next_cursor of the page before") @RequestParam(
					required = false) String cursor,
			@Parameter(description = "Dry run only: rows with this verdict") @RequestParam(
					required = false) String status,
			@Parameter(description = "Any unique text (such as a UUID) naming this import") @RequestHeader(
					value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
		ImportSettings settings = settings(request.sipTrunkId(), request.twilioIntegrationId(), request.inboundAgents(),
				request.outboundAgents());
		return run(request.source(), request.importRows(), settings, request.mode(),
				Boolean.TRUE.equals(request.dryRun()), new RowPaging(status, cursor, limit));
	}

	@PostMapping(consumes = TEXT_CSV)
	@Operation(summary = "Import numbers given as a CSV file, or check them (admin, agent manager)",
			description = "A header row names the columns as the wizard recognizes them (phone number, name, "
					+ "description, inbound agent, outbound agent, trunk, and the other platforms' names); comma, "
					+ "semicolon or tab between values; UTF-8; at most 1,000,000 rows within the request body limit (trunkline.api.max-body-bytes). The settings are "
					+ "query parameters; agents as <agent id>[:<version>[:<weight in basis points>]].",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = ImportJobRequest.class),
							examples = @ExampleObject(name = "three_numbers", value = JSON_EXAMPLE)),
					@Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
							examples = @ExampleObject(name = "three_numbers",
									value = "phone_number,name\n+1 415 555 0101,Main line\n+1 415 555 0102,\n"
											+ "+1 415 555 0103,\n")) }))
	ResponseEntity<Object> createFromCsv(@RequestBody byte[] body,
			@RequestParam(name = "sip_trunk_id", required = false) Long sipTrunkId,
			@RequestParam(name = "twilio_integration_id", required = false) Long twilioIntegrationId,
			@Parameter(example = "7:latest:10000") @RequestParam(name = "inbound_agents",
					required = false) List<String> inboundAgents,
			@RequestParam(name = "outbound_agents", required = false) List<String> outboundAgents,
			@Parameter(schema = @Schema(allowableValues = { "ready_only", "all_or_nothing" })) @RequestParam(
					required = false) String mode,
			@RequestParam(name = "dry_run", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "source_name", required = false) String sourceName,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) String status,
			@RequestHeader(value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
		String source = (sourceName != null && !sourceName.isBlank()) ? sourceName : "request.csv";
		CsvSource csv = this.imports.readCsv(source, body);
		List<ImportRow> rows = csv.rows(csv.suggestedMapping());
		ImportSettings settings = settings(sipTrunkId, twilioIntegrationId, agents(inboundAgents),
				agents(outboundAgents));
		return run(csv.fileName(), rows, settings, ImportJobMode.parse(mode), dryRun,
				new RowPaging(status, cursor, limit));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Where an import is: status and counts (admin, agent manager)")
	ImportJobResponse get(@PathVariable long id) {
		return ImportJobResponse.of(this.imports.progress(id));
	}

	@GetMapping("/{id}/rows")
	@Operation(summary = "The rows of an import with their verdicts, in line order (admin, agent manager)",
			description = "Paged by cursor; with Accept: text/csv the whole report as the console downloads it. "
					+ "Reports are kept for a while after the end (report_available); then 410.")
	ImportRowPage rows(@PathVariable long id,
			@Parameter(schema = @Schema(allowableValues = { "ready", "invalid", "duplicate_in_file", "already_present",
					"imported", "not_imported" })) @RequestParam(required = false) String status,
			@Parameter(description = "1 to 1000, 100 unless given") @RequestParam(required = false) Integer limit,
			@Parameter(description = "next_cursor of the page before") @RequestParam(required = false) String cursor) {
		return new RowPaging(status, cursor, limit).page(report(id));
	}

	@GetMapping(path = "/{id}/rows", produces = TEXT_CSV)
	ResponseEntity<byte[]> rowsAsCsv(@PathVariable long id) {
		StringWriter out = new StringWriter();
		ImportReport.write(report(id), out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv; charset=utf-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-" + id + "-report.csv").build().toString())
			.body(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Ask an import to stop (admin, agent manager)",
			description = "It stops after the chunk it is writing; what is committed stays (in all_or_nothing "
					+ "mode nothing does). Answers where it is; poll GET until finished.")
	ResponseEntity<ImportJobResponse> cancel(@PathVariable long id) {
		this.imports.cancel(id);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(ImportJobResponse.of(this.imports.progress(id)));
	}

	private ResponseEntity<Object> run(String source, List<ImportRow> rows, ImportSettings settings, ImportJobMode mode,
			boolean dryRun, RowPaging paging) {
		if (dryRun) {
			return ResponseEntity.ok(this.imports.dryRun(source, rows, settings, paging::dryRun));
		}
		ImportProgress started = this.imports.planAndStart(source, rows, settings, ImportJobMode.of(mode));
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/import-jobs/" + started.batchId()))
			.body(ImportJobResponse.of(started));
	}

	private ImportPlan report(long id) {
		return this.imports.report(id).orElseThrow(() -> {
			this.imports.progress(id); // 404 for an import the organization does not have
			return new ReportGoneException();
		});
	}

	private static ImportSettings settings(Long sipTrunkId, Long twilioIntegrationId, List<ImportAgent> inbound,
			List<ImportAgent> outbound) {
		if (sipTrunkId != null && twilioIntegrationId != null) {
			throw new BadRequestException("carrier_ambiguous", "Give sip_trunk_id or twilio_integration_id, not both.");
		}
		Provider provider = (twilioIntegrationId != null) ? Provider.TWILIO : Provider.SIP;
		return new ImportSettings(provider, sipTrunkId, twilioIntegrationId, ImportAgent.lines(inbound),
				ImportAgent.lines(outbound));
	}

	private static List<ImportAgent> agents(List<String> texts) {
		return (texts != null) ? texts.stream().map(ImportAgent::parse).toList() : null;
	}

}
