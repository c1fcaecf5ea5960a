package io.trunkline.api.compat;

import java.util.ArrayList;
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
import io.trunkline.base.Weights;
import io.trunkline.phonenumber.BindingLine;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.phonenumber.PhoneNumberDetails;
import io.trunkline.trunk.SipTrunk;
import io.trunkline.trunk.TerminationUris;
import io.trunkline.trunk.Transport;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * SigmaMind's {@code POST /v1/phone-numbers/import} (the path of its published page; the
 * reference names only the fields): a strict +E.164 number on its trunk (found identical
 * or made), with one inbound and one outbound agent by their ids.
 */
@RestController
@RequestMapping(path = SigmaMindController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "SigmaMind")
class SigmaMindController {

	static final String BASE = "/api/compat/sigmamind";

	static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

	/** SigmaMind's limits: a label, an agent id. */
	static final int LABEL_MAX = 128;

	static final int AGENT_ID_MAX = 64;

	private final CompatImports imports;

	SigmaMindController(CompatImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/v1/phone-numbers/import")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import Phone Number (SigmaMind's request and answer)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = SigmaMindRequest.class))))
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(schema = @Schema(implementation = SigmaMindResponse.class)))
	@ApiResponse(responseCode = "400", description = "A field SigmaMind's rules refuse, or an unknown agent id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The number exists in the organization",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	SigmaMindResponse importNumber(@RequestBody(required = false) String body) {
		CompatBody json = CompatBody.parse(body);
		String label = json.text("friendlyName", false, LABEL_MAX);
		String number = json.text("phoneNumber", true, 0);
		String inboundAgent = json.text("inboundAgentId", false, AGENT_ID_MAX);
		String outboundAgent = json.text("outboundAgentId", false, AGENT_ID_MAX);
		String username = json.text("trunkUsername", true, SipTrunk.USERNAME_MAX_LENGTH);
		String password = json.text("trunkPassword", true, SipTrunk.PASSWORD_MAX_LENGTH);
		String uri = json.text("terminationSipURI", true, TerminationUris.MAX_LENGTH);
		String testCall = json.text("outboundPhoneNumber", false, 0);
		pattern(json, "phoneNumber", number);
		pattern(json, "outboundPhoneNumber", testCall);
		json.finish();

		Set<String> agentIds = new TreeSet<>();
		java.util.stream.Stream.of(inboundAgent, outboundAgent).filter((id) -> id != null).forEach(agentIds::add);
		Map<String, AgentSummary> agents = this.imports.agentsByExternalId(agentIds);
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(number);
		command.setPseudo(!CompatImports.isE164(number));
		command.setDisplayName((label != null && !label.isBlank()) ? label : number);
		command.setTestCallDestination((testCall != null) ? testCall : "");
		command.setInboundAgents(line("inboundAgentId", inboundAgent, agents));
		command.setOutboundAgents(line("outboundAgentId", outboundAgent, agents));
		PhoneNumberDetails created = this.imports
			.importOnTrunk(new InlineTrunk("SigmaMind", null, uri, Transport.TCP, username, password, null), command);
		List<Long> bound = agents.values().stream().map(AgentSummary::id).toList();
		return SigmaMindResponse.of(created, this.imports.trunkOf(created), this.imports.externalIds(bound));
	}

	private static void pattern(CompatBody json, String field, String value) {
		if (value != null && !value.isEmpty() && !E164.matcher(value).matches()) {
			json.error(field + " must be in +E.164 format (^\\+[1-9][0-9]{6,14}$)");
		}
	}

	/**
	 * The one agent of a direction, all its calls, its latest version; none when absent.
	 */
	private static List<BindingLine> line(String field, String agentId, Map<String, AgentSummary> agents) {
		if (agentId == null) {
			return new ArrayList<>();
		}
		return AgentWeights.lines(field, List.of(new AgentWeights.Entry(agentId, null, Weights.WHOLE)), agents,
				HttpStatus.BAD_REQUEST);
	}

}
