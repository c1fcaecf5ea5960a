package io.trunkline.api;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import io.trunkline.base.FieldException;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.BulkBinding;
import jakarta.validation.constraints.Size;

/**
 * The console's bulk binding: the same agent lists on the numbers given by id, or on
 * every number matching a filter. A direction left out is not changed; an empty list
 * unbinds.
 */
@Schema(name = "BulkBindRequest")
record BulkBindRequest(
		@Size(max = BulkIdsRequest.MAX, message = "At most " + BulkIdsRequest.MAX + " ids at once") @Schema(
				description = "Either number_ids or filter", example = "[101, 102]") Set<Long> numberIds,
		@Schema(description = "Either number_ids or filter") NumberFilterRequest filter, List<AgentBindingLine> inbound,
		List<AgentBindingLine> outbound) {

	BulkBinding toBinding() {
		if ((this.numberIds == null) == (this.filter == null)) {
			throw new FieldException("number_ids", "selection_required", "Give either number_ids or a filter");
		}
		List<BindingLine> in = AgentBindingLine.lines(this.inbound);
		List<BindingLine> out = AgentBindingLine.lines(this.outbound);
		return (this.filter != null) ? BulkBinding.matching(this.filter.toFilter(), in, out)
				: BulkBinding.selected(this.numberIds, in, out);
	}

}
