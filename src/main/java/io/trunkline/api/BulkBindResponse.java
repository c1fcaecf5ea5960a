package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.phonenumber.BulkBindResult;

/** What a bulk binding changed, with the summary the console shows. */
@Schema(name = "BulkBindResult")
record BulkBindResponse(int numbers, int inboundSet, int inboundSkipped, int outboundSet, int outboundSkipped,
		@Schema(example = "Inbound agents set on 2 numbers.") String summary) {

	static BulkBindResponse of(BulkBindResult result) {
		return new BulkBindResponse(result.numbers(), result.inboundSet(), result.inboundSkipped(),
				result.outboundSet(), result.outboundSkipped(), result.summary());
	}

}
