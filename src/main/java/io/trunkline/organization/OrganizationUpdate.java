package io.trunkline.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The parts of an organization an operator may correct: its name and default region. The
 * slug never changes.
 */
public class OrganizationUpdate {

	@NotBlank(message = "Enter a name")
	@Size(max = Organization.NAME_MAX_LENGTH)
	private String name = "";

	@NotNull(message = "Choose a default region")
	private String defaultRegion;

	public static OrganizationUpdate of(OrganizationSummary organization) {
		OrganizationUpdate update = new OrganizationUpdate();
		update.name = organization.name();
		update.defaultRegion = organization.defaultRegion();
		return update;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDefaultRegion() {
		return this.defaultRegion;
	}

	public void setDefaultRegion(String defaultRegion) {
		this.defaultRegion = defaultRegion;
	}

}
