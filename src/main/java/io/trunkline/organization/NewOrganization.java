package io.trunkline.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.trunkline.base.PlainText;
import io.trunkline.security.AppUser;

/**
 * What an operator types to open an organization together with its first admin.
 */
public class NewOrganization {

	static final String SLUG_PATTERN = "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$";

	@PlainText
	@NotBlank(message = "Enter a name")
	@Size(max = Organization.NAME_MAX_LENGTH)
	private String name = "";

	@NotBlank(message = "Enter a slug")
	@Pattern(regexp = SLUG_PATTERN,
			message = "Use lowercase letters, digits and hyphens, starting and ending with a letter or digit")
	@PlainText
	@Size(max = Organization.SLUG_MAX_LENGTH)
	private String slug = "";

	@PlainText
	@NotNull(message = "Choose a default region")
	private String defaultRegion = "US";

	@PlainText
	@NotBlank(message = "Enter the admin's email address")
	@Email(message = "Enter a valid email address")
	@Size(max = AppUser.EMAIL_MAX_LENGTH)
	private String adminEmail = "";

	@PlainText
	@NotBlank(message = "Enter the admin's name")
	@Size(max = AppUser.DISPLAY_NAME_MAX_LENGTH)
	private String adminName = "";

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getDefaultRegion() {
		return this.defaultRegion;
	}

	public void setDefaultRegion(String defaultRegion) {
		this.defaultRegion = defaultRegion;
	}

	public String getAdminEmail() {
		return this.adminEmail;
	}

	public void setAdminEmail(String adminEmail) {
		this.adminEmail = adminEmail;
	}

	public String getAdminName() {
		return this.adminName;
	}

	public void setAdminName(String adminName) {
		this.adminName = adminName;
	}

}
