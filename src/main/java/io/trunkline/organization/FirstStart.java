package io.trunkline.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.trunkline.security.CurrentUser;

/**
 * On an empty database, opens the first organization and its admin (also an operator).
 * The password comes from {@code TRUNKLINE_ADMIN_PASSWORD}, or is generated, logged once
 * and written to an owner-only file in the data directory. No fixed password exists.
 */
@Component
class FirstStart implements ApplicationRunner {

	static final String PASSWORD_FILE = "initial-admin-password";

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final OrganizationService organizations;

	private final OrganizationRepository repository;

	private final BootstrapProperties properties;

	private final Path dataDir;

	private final CurrentUser currentUser;

	FirstStart(OrganizationService organizations, OrganizationRepository repository, BootstrapProperties properties,
			@Value("${trunkline.data-dir}") Path dataDir, CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.organizations = organizations;
		this.repository = repository;
		this.properties = properties;
		this.dataDir = dataDir;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfEmpty();
	}

	/**
	 * @return the created organization, or empty when the database had one already
	 */
	Optional<CreatedOrganization> createIfEmpty() {
		if (this.repository.count() > 0) {
			return Optional.empty();
		}
		NewOrganization command = new NewOrganization();
		command.setName(this.properties.organizationName());
		command.setSlug(Slugs.of(this.properties.organizationName()));
		command.setDefaultRegion(this.properties.defaultRegion());
		command.setAdminEmail(this.properties.adminEmail());
		command.setAdminName("Administrator");
		String password = StringUtils.hasText(this.properties.adminPassword()) ? this.properties.adminPassword() : null;
		CreatedOrganization created;
		try {
			created = this.currentUser.callOnFirstStart(() -> this.organizations.createFirst(command, password));
		}
		catch (io.trunkline.base.FieldException ex) {
			throw new IllegalStateException("Cannot create the first admin (check TRUNKLINE_ADMIN_EMAIL and "
					+ "TRUNKLINE_ADMIN_PASSWORD): " + ex.getField() + ": " + ex.getMessage(), ex);
		}
		String generated = created.admin().temporaryPassword();
		if (generated == null) {
			log.info("First start: created organization '{}' and its admin {} with the password from "
					+ "TRUNKLINE_ADMIN_PASSWORD", created.organization().name(), created.admin().email());
		}
		else {
			Path file = writeOwnerOnly(generated);
			log.warn(
					"First start: created organization '{}' and its admin {}. Initial password (shown once, "
							+ "also in {}; change it after signing in): {}",
					created.organization().name(), created.admin().email(), file, generated);
		}
		return Optional.of(created);
	}

	private Path writeOwnerOnly(String password) {
		try {
			Files.createDirectories(this.dataDir);
			Path file = this.dataDir.resolve(PASSWORD_FILE);
			Files.deleteIfExists(file);
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the initial admin password to " + this.dataDir, ex);
		}
	}

}
