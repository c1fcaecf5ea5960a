package io.trunkline.api.compat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The example requests copied from the platforms' pages, under {@code compat/}. */
final class CompatResources {

	private CompatResources() {
	}

	static String read(String path) {
		try (InputStream in = CompatResources.class.getResourceAsStream("/compat/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No test resource compat/" + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
