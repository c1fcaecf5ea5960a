package io.trunkline.api.compat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.phonenumber.PhoneNumberCommand;
import io.trunkline.security.Caller;
import io.trunkline.security.CurrentUser;
import io.trunkline.trunk.Transport;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Smallest AI Atoms' {@code POST /product/import-phone-number}: a number with its SIP
 * termination URL and optional credentials, on an identical trunk of the organization or
 * a new one (Atoms' inbound and outbound trunk are one two-way trunk here).
 */
@RestController
@RequestMapping(path = SmallestController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Smallest AI Atoms")
class SmallestController {

	static final String BASE = "/api/compat/smallest";

	private final CompatImports imports;

	private final CurrentUser currentUser;

	SmallestController(CompatImports imports, CurrentUser currentUser) {
		this.imports = imports;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/product/import-phone-number")
	@Operation(summary = "Import a SIP phone number (Smallest AI Atoms' request and answer)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(schema = @Schema(implementation = SmallestRequest.class))))
	@ApiResponse(responseCode = "200", description = "Phone number imported successfully",
			content = @Content(schema = @Schema(implementation = SmallestResponse.class)))
	@ApiResponse(responseCode = "400", description = "Missing required fields or \"Number already present\"",
			content = @Content(schema = @Schema(implementation = SmallestErrors.Body.class)))
	SmallestResponse importNumber(@RequestBody(required = false) String body) {
		CompatBody json = CompatBody.parse(body);
		String number = json.text("phoneNumber", true, 0);
		String uri = json.text("sipTerminationUrl", true, 0);
		String name = json.text("name", false, 0);
		String username = json.text("sipUsername", false, 0);
		String password = json.text("sipPassword", false, 0);
		json.finish();
		PhoneNumberCommand command = new PhoneNumberCommand();
		command.setNumber(number);
		command.setPseudo(!CompatImports.isE164(number));
		command.setDisplayName((name != null && !name.isBlank()) ? name : generatedName(number));
		InlineTrunk trunk = new InlineTrunk("Smallest", null, uri, Transport.TCP, username, password, null);
		return SmallestResponse.of(this.imports.importOnTrunk(trunk, command));
	}

	/** Atoms names a number after itself and its user: here the key's public id. */
	private String generatedName(String number) {
		String caller = this.currentUser.caller()
			.map((c) -> (c instanceof Caller.ApiKey key) ? key.keyId() : String.valueOf(c.personId()))
			.orElse("");
		return number.strip() + "-" + caller;
	}

}
