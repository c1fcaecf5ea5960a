package io.trunkline.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;

import io.trunkline.base.NoCallerCheck;
import org.apache.commons.io.input.BoundedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Uploaded files kept on disk ({@code trunkline.import.upload-folder}) while the wizard
 * goes through its steps, so that a file of a million rows costs the session no heap. The
 * wizard discards its file when it closes; a file left by an instance that stopped is
 * deleted at the next start once it is a day old.
 */
@Service
public class ImportUploads {

	static final Duration LEFT_BEHIND = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

	private final Path folder;

	private final ImportLimits limits;

	private final Clock clock;

	@Autowired
	ImportUploads(@Value("${trunkline.import.upload-folder}") Path folder, ImportLimits limits,
			ObjectProvider<Clock> clock) {
		this(folder, limits, clock.getIfAvailable(Clock::systemUTC));
	}

	ImportUploads(Path folder, ImportLimits limits, Clock clock) {
		this.folder = folder;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Writes an upload to a file of its own, readable by this process only: at most one
	 * byte more than the limit, whatever the request holds (the check then says the file
	 * is too large).
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public Path keep(InputStream upload) {
		try {
			Files.createDirectories(this.folder);
			Path file = Files.createTempFile(this.folder, "upload-", ".csv");
			try (OutputStream out = Files.newOutputStream(file)) {
				BoundedInputStream.builder()
					.setInputStream(upload)
					.setMaxCount(this.limits.maxBytes() + 1L)
					.setPropagateClose(false)
					.get()
					.transferTo(out);
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(file);
				throw ex;
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads a kept upload, which is read again from disk whenever its rows are wanted.
	 * @throws io.trunkline.base.FieldException at {@code file} when it cannot be imported
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'AGENT_MANAGER')")
	public CsvSource read(String fileName, Path kept) {
		return CsvSource.read(fileName, kept, this.limits);
	}

	/** Deletes a kept upload; nothing happens when it is already gone. */
	@NoCallerCheck("deletes a file that keep wrote for this caller; runs when the wizard closes, also when the "
			+ "session ends without anybody signed in")
	public void discard(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("An uploaded file could not be deleted: {}", ex.getMessage());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void deleteLeftBehind() {
		if (!Files.isDirectory(this.folder)) {
			return;
		}
		FileTime before = FileTime.from(this.clock.instant().minus(LEFT_BEHIND));
		try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder, "upload-*.csv")) {
			for (Path file : files) {
				if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
					discard(file);
				}
			}
		}
		catch (IOException ex) {
			log.warn("The upload folder could not be cleaned: {}", ex.getMessage());
		}
	}

}
