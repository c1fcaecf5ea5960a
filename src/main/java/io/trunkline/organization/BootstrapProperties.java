package io.trunkline.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first organization and admin of an empty installation
 * ({@code TRUNKLINE_ADMIN_EMAIL}, {@code TRUNKLINE_ADMIN_PASSWORD}, ...).
 */
@ConfigurationProperties("trunkline.bootstrap")
record BootstrapProperties(String organizationName, String defaultRegion, String adminEmail, String adminPassword) {

	@Override
	public String toString() {
		return "BootstrapProperties[organizationName=" + this.organizationName + ", adminEmail=" + this.adminEmail
				+ "]";
	}

}
