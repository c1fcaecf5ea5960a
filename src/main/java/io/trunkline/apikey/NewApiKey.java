package io.trunkline.apikey;

import io.trunkline.security.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin chooses for a new API key: a name, a role (never above their own) and how
 * many days it is valid (90 unless chosen, at most a year).
 */
public class NewApiKey {

	public static final int NAME_MAX_LENGTH = ApiKey.NAME_MAX_LENGTH;

	public static final int DEFAULT_VALID_DAYS = 90;

	public static final int MAX_VALID_DAYS = 365;

	@NotBlank(message = "Enter a name")
	@Size(max = NAME_MAX_LENGTH)
	private String name = "";

	@NotNull(message = "Choose a role")
	private Role role = Role.VIEWER;

	@NotNull(message = "Enter how many days the key is valid")
	@Min(value = 1, message = "A key is valid for at least one day")
	@Max(value = MAX_VALID_DAYS, message = "A key is valid for at most " + MAX_VALID_DAYS + " days")
	private Integer validDays = DEFAULT_VALID_DAYS;

	public NewApiKey() {
	}

	public NewApiKey(String name, Role role, Integer validDays) {
		this.name = name;
		this.role = role;
		this.validDays = validDays;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Integer getValidDays() {
		return this.validDays;
	}

	public void setValidDays(Integer validDays) {
		this.validDays = validDays;
	}

}
