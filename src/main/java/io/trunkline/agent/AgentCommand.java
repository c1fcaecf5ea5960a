package io.trunkline.agent;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.trunkline.base.PlainText;

/**
 * What an admin or agent manager types for an agent. A blank external id is generated on
 * creation. Tags map a tag name to the published version it points to; the service checks
 * the names and versions.
 */
public class AgentCommand {

	@PlainText
	@NotBlank(message = "Enter a name")
	@Size(max = Agent.NAME_MAX_LENGTH)
	private String name = "";

	@PlainText(multiline = true)
	@Size(max = Agent.DESCRIPTION_MAX_LENGTH)
	private String description = "";

	@PlainText
	@Size(max = Agent.EXTERNAL_ID_MAX_LENGTH)
	@Pattern(regexp = "^$|^[A-Za-z0-9._:-]{1,64}$", message = "Use letters, digits and . _ : -")
	private String externalId = "";

	@NotNull
	private Map<String, Integer> tags = new LinkedHashMap<>();

	public static AgentCommand of(AgentSummary agent) {
		AgentCommand command = new AgentCommand();
		command.name = agent.name();
		command.description = (agent.description() != null) ? agent.description() : "";
		command.externalId = agent.externalId();
		command.tags = new LinkedHashMap<>(agent.tags());
		return command;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getExternalId() {
		return this.externalId;
	}

	public void setExternalId(String externalId) {
		this.externalId = (externalId != null) ? externalId.strip() : "";
	}

	public Map<String, Integer> getTags() {
		return this.tags;
	}

	public void setTags(Map<String, Integer> tags) {
		this.tags = (tags != null) ? new LinkedHashMap<>(tags) : new LinkedHashMap<>();
	}

	@Override
	public String toString() {
		return "AgentCommand[name=" + this.name + "]";
	}

}
