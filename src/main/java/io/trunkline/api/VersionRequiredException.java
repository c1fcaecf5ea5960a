package io.trunkline.api;

/**
 * A change came without the version it was based on (428): no silent overwrite.
 */
class VersionRequiredException extends RuntimeException {

	VersionRequiredException(String field) {
		super("Send the version you read, as 'If-Match: \"<version>\"' or a '" + field + "' field.");
	}

}
