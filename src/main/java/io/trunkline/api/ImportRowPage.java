package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One page of an import's rows in line order, and the cursor of the next page. */
@Schema(name = "ImportRowPage")
record ImportRowPage(List<ImportRowItem> data,
		@Schema(description = "Pass as 'cursor' for the next page; null after the last page") String nextCursor) {

}
