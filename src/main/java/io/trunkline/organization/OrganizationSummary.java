package io.trunkline.organization;

import java.time.Instant;

/**
 * An organization as the console shows it.
 */
public record OrganizationSummary(long id, String name, String slug, String defaultRegion, Instant createdAt) {

	static OrganizationSummary of(Organization organization) {
		return new OrganizationSummary(organization.getId(), organization.getName(), organization.getSlug(),
				organization.getDefaultRegion(), organization.getCreatedAt());
	}

	/**
	 * @return the default region's country name in English, e.g. "United States"
	 */
	public String regionName() {
		return Regions.displayName(this.defaultRegion);
	}

}
