package io.trunkline.api;

/**
 * The version a change is based on, from {@code If-Match} (an ETag such as {@code "3"})
 * or the body's {@code version} field.
 */
record Versions(long version, boolean fromIfMatch) {

	static Versions of(String ifMatch, Long bodyVersion) {
		if (ifMatch != null && !ifMatch.isBlank()) {
			String tag = ifMatch.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			tag = tag.replace("\"", "");
			try {
				return new Versions(Long.parseLong(tag), true);
			}
			catch (NumberFormatException ex) {
				throw new BadRequestException("invalid_if_match", "If-Match must be a version such as \"3\".");
			}
		}
		if (bodyVersion == null) {
			throw new VersionRequiredException();
		}
		return new Versions(bodyVersion, false);
	}

	static String etag(long version) {
		return "\"" + version + "\"";
	}

}
