package io.trunkline.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.trunkline.base.PlainText;

/**
 * What an admin types to add a person to their organization.
 */
public class NewUser {

	@PlainText
	@NotBlank(message = "Enter an email address")
	@Email(message = "Enter a valid email address")
	@Size(max = AppUser.EMAIL_MAX_LENGTH)
	private String email = "";

	@PlainText
	@NotBlank(message = "Enter a name")
	@Size(max = AppUser.DISPLAY_NAME_MAX_LENGTH)
	private String displayName = "";

	@NotNull(message = "Choose a role")
	private Role role = Role.VIEWER;

	public NewUser() {
	}

	public NewUser(String email, String displayName, Role role) {
		setEmail(email);
		this.displayName = displayName;
		this.role = role;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = (email != null) ? email.strip() : "";
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
