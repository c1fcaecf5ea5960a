package io.trunkline.security.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The keyset file: read it, or replace it atomically with an owner-only file. A rotated
 * key must be on disk before anything is encrypted with it, so writes are forced to disk.
 */
final class KeysetFile {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private KeysetFile() {
	}

	static String read(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the encryption keyset at " + path, ex);
		}
	}

	/**
	 * @return the file's modification time, size and identity (its inode, where the
	 * platform has one: each atomic replacement is a new file), or {@code null} when it
	 * is missing
	 */
	static Stamp stamp(Path path) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
			return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
		}
		catch (IOException ex) {
			return null;
		}
	}

	static boolean readableByOthers(Path path) {
		try {
			return isPosix(path) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the permissions of " + path, ex);
		}
	}

	/**
	 * Writes a temporary owner-only file next to the keyset, forces it to disk, then
	 * moves it over the keyset in one step: a crash leaves either the old or the new
	 * keyset.
	 */
	static void writeAtomically(Path path, String content) {
		Path directory = path.toAbsolutePath().getParent();
		Path temporary = null;
		try {
			Files.createDirectories(directory);
			temporary = isPosix(directory)
					? Files.createTempFile(directory, ".keyset-", ".tmp",
							PosixFilePermissions.asFileAttribute(OWNER_ONLY))
					: Files.createTempFile(directory, ".keyset-", ".tmp", new FileAttribute<?>[0]);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
				channel.force(true);
			}
			Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			forceDirectory(directory);
		}
		catch (IOException ex) {
			deleteQuietly(temporary);
			throw new UncheckedIOException("Cannot write the encryption keyset to " + path, ex);
		}
	}

	private static boolean isPosix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	// Makes the rename itself durable where the platform allows opening a directory.
	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Not supported on every platform; the file content is already on disk.
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// The original failure is the one to report.
			}
		}
	}

	/** What tells one version of the file from the next. */
	record Stamp(FileTime modified, long size, Object fileKey) {
	}

}
