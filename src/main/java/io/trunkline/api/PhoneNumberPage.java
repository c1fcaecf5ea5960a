package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of numbers by id, and the cursor of the next page ({@code null} after the
 * last).
 */
@Schema(name = "PhoneNumberPage")
record PhoneNumberPage(List<PhoneNumberItem> data,
		@Schema(description = "Pass as 'cursor' for the next page; absent after the last page") String nextCursor) {

}
