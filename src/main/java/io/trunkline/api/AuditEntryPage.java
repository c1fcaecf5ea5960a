package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of audit entries, newest first, and the cursor of the next page. */
@Schema(name = "AuditEntryPage")
record AuditEntryPage(List<AuditEntryItem> data,
		@Schema(description = "Pass as 'cursor' for the next page; null after the last page") String nextCursor) {

}
