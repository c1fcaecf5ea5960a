package io.trunkline.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The data folder ({@code trunkline.data-dir}) and the folder of an H2 file database are
 * readable by their owner only, like the keyset: folders {@code rwx------}, the files in
 * them {@code rw-------}. A folder is created (or tightened) before the data source hands
 * out its first connection, so H2 creates its files inside a closed folder; the files H2
 * created (with the process's umask) are tightened as the context starts, before the web
 * server. Nothing is done where the file system has no POSIX permissions.
 */
@Component
class OwnerOnlyDataFolder implements BeanPostProcessor, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OwnerOnlyDataFolder.class);

	private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final String H2_FILE = "jdbc:h2:file:";

	private final Set<Path> folders = new LinkedHashSet<>();

	private volatile boolean running;

	OwnerOnlyDataFolder(@Value("${trunkline.data-dir}") Path dataDir,
			@Value("${spring.datasource.url:}") String datasourceUrl) {
		this.folders.add(dataDir.toAbsolutePath().normalize());
		if (datasourceUrl.startsWith(H2_FILE)) {
			String path = datasourceUrl.substring(H2_FILE.length()).split(";", 2)[0];
			Path database = Path.of(path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path);
			Path parent = database.toAbsolutePath().normalize().getParent();
			if (parent != null) {
				this.folders.add(parent);
			}
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource) {
			this.folders.forEach(OwnerOnlyDataFolder::closeFolder);
		}
		return bean;
	}

	@Override
	public void start() {
		this.folders.forEach(OwnerOnlyDataFolder::closeFolder);
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
		return 0;
	}

	private static void closeFolder(Path folder) {
		if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try {
			if (Files.notExists(folder)) {
				Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
			}
			tighten(folder, FOLDER);
			try (Stream<Path> files = Files.list(folder)) {
				files.filter(Files::isRegularFile).forEach((file) -> tighten(file, FILE));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make " + folder + " readable by its owner only", ex);
		}
	}

	private static void tighten(Path path, Set<PosixFilePermission> wanted) {
		try {
			if (!Files.getPosixFilePermissions(path).equals(wanted)) {
				Files.setPosixFilePermissions(path, wanted);
				log.debug("Made {} readable by its owner only", path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make " + path + " readable by its owner only", ex);
		}
	}

}
