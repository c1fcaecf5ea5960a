package io.trunkline.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ImportUploadsTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	@TempDir
	Path folder;

	private final ImportLimits limits = new ImportLimits(1_000, DataSize.ofBytes(100));

	@Test
	void an_upload_is_kept_in_a_file_of_its_own_cut_one_byte_past_the_limit() throws IOException {
		ImportUploads uploads = uploads();
		Path small = uploads.keep(new ByteArrayInputStream("number\n1\n".getBytes()));
		Path large = uploads.keep(new ByteArrayInputStream(new byte[10_000]));

		assertThat(small.getParent()).isEqualTo(this.folder.resolve("uploads"));
		assertThat(Files.readString(small)).isEqualTo("number\n1\n");
		assertThat(Files.getPosixFilePermissions(small)).containsOnly(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		assertThat(Files.size(large)).isEqualTo(101);
		uploads.discard(small);
		uploads.discard(small);
		assertThat(small).doesNotExist();
		assertThat(large).exists();
	}

	@Test
	void files_a_stopped_instance_left_are_deleted_once_a_day_old() throws IOException {
		ImportUploads uploads = uploads();
		Path old = uploads.keep(new ByteArrayInputStream("old".getBytes()));
		Path recent = uploads.keep(new ByteArrayInputStream("recent".getBytes()));
		Files.setLastModifiedTime(old, FileTime.from(NOW.minus(ImportUploads.LEFT_BEHIND).minusSeconds(1)));
		Files.setLastModifiedTime(recent, FileTime.from(NOW.minus(Duration.ofHours(23))));

		uploads.deleteLeftBehind();

		assertThat(old).doesNotExist();
		assertThat(recent).exists();
	}

	private ImportUploads uploads() {
		return new ImportUploads(this.folder.resolve("uploads"), this.limits, Clock.fixed(NOW, ZoneOffset.UTC));
	}

}
