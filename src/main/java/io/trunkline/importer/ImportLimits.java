package io.trunkline.importer;

/** How much one import may hold; checked on the server whatever the browser allowed. */
public final class ImportLimits {

	public static final int MAX_BYTES = 20 * 1024 * 1024;

	public static final int MAX_ROWS = 200_000;

	static final String TOO_MANY_ROWS = "More than 200,000 rows: split the list into smaller imports";

	private ImportLimits() {
	}

}
