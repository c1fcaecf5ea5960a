package io.trunkline.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload's bytes, opened as often as they are read: held in memory (a request body) or
 * in a file on disk (the wizard's upload, so that a large file costs no heap).
 */
interface UploadedBytes {

	InputStream open() throws IOException;

	long length() throws IOException;

	static UploadedBytes of(byte[] bytes) {
		byte[] held = (bytes != null) ? bytes : new byte[0];
		return new UploadedBytes() {

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(held);
			}

			@Override
			public long length() {
				return held.length;
			}

		};
	}

	static UploadedBytes of(Path file) {
		return new UploadedBytes() {

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(file);
			}

			@Override
			public long length() throws IOException {
				return Files.size(file);
			}

		};
	}

}
