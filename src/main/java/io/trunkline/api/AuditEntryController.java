package io.trunkline.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.audit.AuditAction;
import io.trunkline.audit.AuditEntityType;
import io.trunkline.audit.AuditFilter;
import io.trunkline.audit.AuditRow;
import io.trunkline.audit.AuditService;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/audit-entries}: the organization's audit trail for admin keys, with the
 * audit view's filters, through {@link AuditService}; newest first, paged by a cursor
 * that stays in place while entries are added.
 */
@RestController
@RequestMapping(path = "/api/v1/audit-entries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit entries", description = "Who changed what, and refused access (admin keys)")
class AuditEntryController {

	private static final String VERSION = "a1:";

	private final AuditService audit;

	AuditEntryController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "List audit entries, newest first, with the audit view's filters (admin)")
	AuditEntryPage list(
			@Parameter(description = "Entries of users whose email (or api-key:<key id>) starts with this",
					example = "admin@") @RequestParam(required = false) String user,
			@Parameter(example = "CREATE") @RequestParam(required = false) AuditAction action,
			@Parameter(example = "SIP_TRUNK") @RequestParam(name = "entity_type",
					required = false) AuditEntityType entityType,
			@Parameter(description = "From this time on (inclusive), ISO-8601",
					example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant from,
			@Parameter(description = "Before this time (exclusive), ISO-8601") @RequestParam(
					required = false) Instant to,
			@Parameter(description = "1 to 1000, 100 unless given") @RequestParam(required = false) Integer limit,
			@Parameter(description = "next_cursor of the page before") @RequestParam(required = false) String cursor) {
		int size = (limit != null) ? limit : RowPaging.DEFAULT_LIMIT;
		if (size < 1 || size > RowPaging.MAX_LIMIT) {
			throw new BadRequestException("invalid_limit", "limit is 1 to " + RowPaging.MAX_LIMIT + ".");
		}
		Last last = Last.parse(cursor);
		List<AuditRow> rows = this.audit.pageAfter(new AuditFilter(user, action, entityType, from, to),
				(last != null) ? last.at() : null, (last != null) ? last.id() : 0, size + 1);
		boolean more = rows.size() > size;
		List<AuditRow> page = more ? rows.subList(0, size) : rows;
		String next = more ? Last.of(page.get(page.size() - 1)) : null;
		return new AuditEntryPage(page.stream().map(AuditEntryItem::of).toList(), next);
	}

	/** The last entry of the page before: its time and id, as an opaque cursor. */
	private record Last(Instant at, long id) {

		static String of(AuditRow row) {
			String text = VERSION + row.occurredAt().getEpochSecond() + ":" + row.occurredAt().getNano() + ":"
					+ row.id();
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
		}

		static Last parse(String cursor) {
			if (cursor == null || cursor.isEmpty()) {
				return null;
			}
			try {
				String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
				if (text.startsWith(VERSION)) {
					String[] parts = text.substring(VERSION.length()).split(":");
					if (parts.length == 3) {
						return new Last(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
								Long.parseLong(parts[2]));
					}
				}
			}
			catch (IllegalArgumentException | java.time.DateTimeException ex) {
				// Not ours: answered below.
			}
			throw new BadRequestException("invalid_cursor", "This cursor is not one the API gave.");
		}

	}

}
