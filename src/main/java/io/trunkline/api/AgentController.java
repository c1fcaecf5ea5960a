package io.trunkline.api;

import java.net.URI;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.trunkline.agent.AgentCommand;
import io.trunkline.agent.AgentService;
import io.trunkline.agent.AgentSummary;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/agents}: the organization's agents, their published versions and tags,
 * through {@link AgentService} (everybody reads; admins and agent managers change).
 */
@RestController
@RequestMapping(path = "/api/v1/agents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agents", description = "AI agents with published versions and tags")
class AgentController {

	static final String CREATE_EXAMPLE = """
			{"name": "Front desk", "description": "Answers the main line", "external_id": "agt_frontdesk"}""";

	private final AgentService agents;

	AgentController(AgentService agents) {
		this.agents = agents;
	}

	@GetMapping
	@Operation(summary = "List the organization's agents by name")
	AgentList list() {
		return new AgentList(this.agents.list().stream().map(AgentResponse::of).toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One agent; its version is also the ETag")
	ResponseEntity<AgentResponse> get(@PathVariable long id) {
		return withEtag(ResponseEntity.ok(), this.agents.get(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an agent (admin, agent manager)",
			description = "Tags may only point to published versions, so a new agent has none. Send an "
					+ "Idempotency-Key header to make a retry safe.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "front_desk", value = CREATE_EXAMPLE))))
	ResponseEntity<AgentResponse> create(@RequestBody AgentRequest request,
			@Parameter(description = "Any unique text (such as a UUID) naming this create") @RequestHeader(
					value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
		AgentSummary created = this.agents.create(request.toCommand());
		return withEtag(ResponseEntity.created(URI.create("/api/v1/agents/" + created.id())), created);
	}

	@PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change some fields of an agent (admin, agent manager)",
			description = "Send the version read as If-Match (412 when stale) or as a 'version' field (409 when "
					+ "stale); without either 428. A missing or null field keeps its value; 'tags' replaces "
					+ "all tags. A blank external_id keeps the current one.")
	ResponseEntity<AgentResponse> update(@PathVariable long id, @RequestBody AgentRequest request,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Versions version = Versions.of(ifMatch, request.version(), "version");
		return change(id, version, request::applyTo);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an agent (admin, agent manager)",
			description = "409 agent_in_use with used_by while numbers use it, unless with_bindings=true, which "
					+ "unbinds it from every number first (the other agents' weights are rescaled to 100 %).")
	ResponseEntity<Void> delete(@PathVariable long id,
			@Parameter(description = "Unbind it from every number, then delete it") @RequestParam(
					name = "with_bindings", defaultValue = "false") boolean withBindings) {
		if (withBindings) {
			this.agents.deleteWithBindings(id);
		}
		else {
			this.agents.delete(id);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/versions")
	@Operation(summary = "Publish the agent's next version (admin, agent manager)",
			description = "Answers the agent with its new latest_version (1 for the first). Two publishes at once: "
					+ "one of them gets 409.")
	ResponseEntity<AgentResponse> publish(@PathVariable long id,
			@Parameter(description = "Any unique text (such as a UUID) naming this publish") @RequestHeader(
					value = IdempotencyFilter.HEADER, required = false) String idempotencyKey) {
		return withEtag(ResponseEntity.ok(), this.agents.publishVersion(id));
	}

	@PutMapping(path = "/{id}/tags/{tag}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Point a tag at a published version (admin, agent manager)",
			description = "Creates the tag or moves it. Send the agent's version as If-Match or 'version'. An "
					+ "invalid tag name or an unpublished version is 422 at 'tags'.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "prod", value = "{\"published_version\": 1}"))))
	ResponseEntity<AgentResponse> setTag(@PathVariable long id, @Parameter(example = "prod") @PathVariable String tag,
			@RequestBody AgentTagRequest request,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Versions version = Versions.of(ifMatch, request.version(), "version");
		return change(id, version, (command) -> {
			command.getTags().put(tag, request.publishedVersion());
			return command;
		});
	}

	@DeleteMapping("/{id}/tags/{tag}")
	@Operation(summary = "Remove a tag (admin, agent manager)",
			description = "Send the agent's version as If-Match or as the 'version' parameter. A tag the agent "
					+ "does not have is 404.")
	ResponseEntity<AgentResponse> removeTag(@PathVariable long id,
			@Parameter(example = "prod") @PathVariable String tag,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = "Unless If-Match is sent: the agent's version read") @RequestParam(
					required = false) Long version) {
		Versions read = Versions.of(ifMatch, version, "version");
		return change(id, read, (command) -> {
			if (command.getTags().remove(tag) == null) {
				throw new NotFoundException("Tag");
			}
			return command;
		});
	}

	/** Changes the agent as read now, the change based on the version the client read. */
	private ResponseEntity<AgentResponse> change(long id, Versions version,
			Function<AgentCommand, AgentCommand> change) {
		AgentCommand command = change.apply(AgentCommand.of(this.agents.get(id)));
		try {
			return withEtag(ResponseEntity.ok(), this.agents.update(id, version.version(), command));
		}
		catch (ConcurrentChangeException ex) {
			if (version.fromIfMatch()) {
				throw new PreconditionFailedException();
			}
			throw ex;
		}
	}

	private static ResponseEntity<AgentResponse> withEtag(ResponseEntity.BodyBuilder builder, AgentSummary agent) {
		return builder.eTag(Versions.etag(agent.version())).body(AgentResponse.of(agent));
	}

}
