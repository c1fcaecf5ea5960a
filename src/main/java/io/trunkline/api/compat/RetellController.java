package io.trunkline.api.compat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.agent.AgentSummary;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.trunk.Transport;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retell AI's {@code POST /import-phone-number}: a number on its elastic SIP trunk (found
 * identical or made), with weighted inbound and outbound agents by their ids.
 */
@RestController
@RequestMapping(path = RetellController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Retell AI")
class RetellController {

	static final String BASE = "/api/compat/retell";

	private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");

	private final CompatImports imports;

	RetellController(CompatImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/import-phone-number")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import a phone number from custom telephony and bind agents (Retell AI's request and answer)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = RetellRequest.class))))
	@ApiResponse(responseCode = "201", description = "Successfully imported a number.",
			content = @Content(schema = @Schema(implementation = RetellResponse.class)))
	@ApiResponse(responseCode = "400", description = "Bad Request",
			content = @Content(schema = @Schema(implementation = RetellErrors.Body.class)))
	RetellResponse importNumber(@RequestBody(required = false) String body) {
		CompatBody json = CompatBody.parse(body);
		String number = json.text("phone_number", true, 0);
		boolean ignoreE164 = json.bool("ignore_e164_validation", true);
		String uri = json.text("termination_uri", true, 0);
		String username = json.text("sip_trunk_auth_username", false, 0);
		String password = json.text("sip_trunk_auth_password", false, 0);
		List<AgentWeights.Entry> inbound = AgentWeights.read(json, "inbound_agents");
		List<AgentWeights.Entry> outbound = AgentWeights.read(json, "outbound_agents");
		String nickname = json.text("nickname", false, 0);
		String webhook = json.text("inbound_webhook_url", false, 0);
		List<String> inboundCountries = json.strings("allowed_inbound_country_list");
		List<String> outboundCountries = json.strings("allowed_outbound_country_list");
		Transport transport = transport(json, json.text("transport", false, 0));
		if (number != null && !ignoreE164 && !E164.matcher(number).matches()) {
			json.error("phone_number must be in E.164 format (+country code, then digits only)");
		}
		json.finish();

		Map<String, AgentSummary> agents = this.imports.agentsByExternalId(AgentWeights.agentIds(inbound, outbound));
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(number);
		command.setPseudo(ignoreE164 && !CompatImports.isE164(number));
		command.setDisplayName((nickname != null) ? nickname : "");
		command.setInboundWebhookUrl((webhook != null) ? webhook : "");
		command.setAllowedInboundCountries(new TreeSet<>(inboundCountries));
		command.setAllowedOutboundCountries(new TreeSet<>(outboundCountries));
		List<BindingLine> inboundLines = AgentWeights.lines("inbound_agents", inbound, agents, HttpStatus.BAD_REQUEST);
		command.setInboundAgents(inboundLines);
		command.setOutboundAgents(AgentWeights.lines("outbound_agents", outbound, agents, HttpStatus.BAD_REQUEST));
		PhoneNumberDetails created = this.imports
			.importOnTrunk(new InlineTrunk("Retell", null, uri, transport, username, password, null), command);
		Set<Long> agentIds = new TreeSet<>();
		agents.values().forEach((agent) -> agentIds.add(agent.id()));
		return RetellResponse.of(created, this.imports.trunkOf(created),
				this.imports.externalIds(List.copyOf(agentIds)));
	}

	private static Transport transport(CompatBody json, String value) {
		if (value == null) {
			return Transport.TCP;
		}
		return switch (value) {
			case "TLS" -> Transport.TLS;
			case "TCP" -> Transport.TCP;
			case "UDP" -> Transport.UDP;
			default -> {
				json.error("transport must be \"TLS\", \"TCP\" or \"UDP\"");
				yield Transport.TCP;
			}
		};
	}

}
