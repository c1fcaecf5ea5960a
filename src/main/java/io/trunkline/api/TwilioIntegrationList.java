package io.trunkline.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The organization's Twilio integrations, by name. */
@Schema(name = "TwilioIntegrationList")
record TwilioIntegrationList(List<TwilioIntegrationResponse> data) {

}
