package io.trunkline.api;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a bulk action did: how many ids were given and how many numbers it changed (a
 * number already in the asked state, and an id of no number of the organization, are not
 * counted).
 */
@Schema(name = "BulkResult")
record BulkResult(int requested, int changed) {

}
