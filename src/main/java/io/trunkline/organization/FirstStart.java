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
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

import io.trunkline.security.CurrentUser;
import io.trunkline.security.UserChanged;

/**
 * On an empty database, opens the first organization and its admin (also an operator).
 * The password comes from {@code TRUNKLINE_ADMIN_PASSWORD}, or is generated, logged once
 * and written to an owner-only file in the data directory, which is deleted once the
 * admin's password is changed. No fixed password exists.
 * <p>
 * It runs as the context starts, before the embedded web server does (whose lifecycle
 * phase is {@code Integer.MAX_VALUE - 2048}): nobody reaches a console without its first
 * admin.
 */
@Component
class FirstStart implements SmartLifecycle {

	/**
	 * Before the web server's phase, after the context's beans and listeners are ready.
	 */
	static final int PHASE = 0;

	static final String PASSWORD_FILE = "initial-admin-password";

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final OrganizationService organizations;

	private final OrganizationRepository repository;

	private final BootstrapProperties properties;

	private final Path dataDir;

	private final CurrentUser currentUser;

	private volatile boolean running;

	FirstStart(OrganizationService organizations, OrganizationRepository repository, BootstrapProperties properties,
			@Value("${trunkline.data-dir}") Path dataDir, CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.organizations = organizations;
		this.repository = repository;
		this.properties = properties;
		this.dataDir = dataDir;
	}

	@Override
	public void start() {
		createIfEmpty();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/**
	 * Once the first admin's password has changed, the initial one in the file is no
	 * longer theirs: the file goes.
	 */
	@TransactionalEventListener
	void passwordChanged(UserChanged change) {
		if (change.passwordChanged() && change.after() != null
				&& change.after().email().equalsIgnoreCase(this.properties.adminEmail().strip())) {
			Path file = this.dataDir.resolve(PASSWORD_FILE);
			try {
				if (Files.deleteIfExists(file)) {
					log.info("The first admin changed their password: deleted {}", file);
				}
			}
			catch (IOException ex) {
				log.warn("Cannot delete {} (delete it by hand: it holds a password no longer in use): {}", file,
						ex.getMessage());
			}
		}
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
