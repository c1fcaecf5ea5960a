package io.trunkline.api;

import java.util.function.LongFunction;

import io.trunkline.base.ConcurrentChangeException;

/**
 * The version a change is based on, from {@code If-Match} (an ETag such as {@code "3"})
 * or a version field of the body.
 */
record Versions(long version, boolean fromIfMatch) {

	/**
	 * @param field the name of the body's version field, for the message when neither is
	 * sent
	 */
	static Versions of(String ifMatch, Long bodyVersion, String field) {
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
			throw new VersionRequiredException(field);
		}
		return new Versions(bodyVersion, false);
	}

	/**
	 * Runs a change at the version read: a stale {@code If-Match} is 412, a stale version
	 * field stays the service's 409.
	 */
	static <T> T change(String ifMatch, Long bodyVersion, String field, LongFunction<T> change) {
		Versions version = of(ifMatch, bodyVersion, field);
		try {
			return change.apply(version.version());
		}
		catch (ConcurrentChangeException ex) {
			if (version.fromIfMatch()) {
				throw new PreconditionFailedException();
			}
			throw ex;
		}
	}

	static String etag(long version) {
		return "\"" + version + "\"";
	}

}
