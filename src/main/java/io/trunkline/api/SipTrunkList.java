package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The organization's SIP trunks, by name. */
@Schema(name = "SipTrunkList")
record SipTrunkList(List<SipTrunkResponse> data) {

}
