package io.trunkline.importer;

import io.trunkline.phonenumber.NormalizedNumber;
import io.trunkline.phonenumber.NumberDraft;

/**
 * One row of an import with its verdict, as the dry run gave it or as stored since. A row
 * just checked also carries its source cells and, when ready, the number to write.
 */
public final class ReviewRow {

	private final int line;

	private final String input;

	private final String normalized;

	private final String international;

	private final String name;

	private final RowStatus status;

	private final String reason;

	private final ImportRow source;

	private final NumberDraft number;

	private ReviewRow(int line, String input, String normalized, String international, String name, RowStatus status,
			String reason, ImportRow source, NumberDraft number) {
		this.line = line;
		this.input = input;
		this.normalized = normalized;
		this.international = international;
		this.name = name;
		this.status = status;
		this.reason = reason;
		this.source = source;
		this.number = number;
	}

	private static ReviewRow checked(ImportRow row, NormalizedNumber normalized, String name, RowStatus status,
			String reason, NumberDraft number) {
		return new ReviewRow(row.line(), row.number(), (normalized != null) ? normalized.e164() : null,
				(normalized != null) ? normalized.international() : null, name, status, reason, row, number);
	}

	static ReviewRow ready(ImportRow row, NumberDraft number) {
		return checked(row, number.number(), number.displayName(), RowStatus.READY, null, number);
	}

	static ReviewRow rejected(ImportRow row, NormalizedNumber normalized, RowStatus status, String reason) {
		return checked(row, normalized, row.name(), status, reason, null);
	}

	/** A row as stored. */
	static ReviewRow stored(int line, String input, String normalized, String international, String name,
			RowStatus status, String reason) {
		return new ReviewRow(line, input, normalized, international, name, status, reason, null, null);
	}

	/** The same row with another verdict. */
	ReviewRow settled(RowStatus status, String reason) {
		return new ReviewRow(this.line, this.input, this.normalized, this.international, this.name, status, reason,
				this.source, (status == RowStatus.READY) ? this.number : null);
	}

	public int line() {
		return this.line;
	}

	/** The number as written in the source. */
	public String input() {
		return (this.input != null) ? this.input : "";
	}

	/** The normalized form, or empty when the input is not a number. */
	public String normalized() {
		return (this.normalized != null) ? this.normalized : "";
	}

	/** The display form, or empty when the input is not a number. */
	public String international() {
		return (this.international != null) ? this.international : "";
	}

	/** The name it will be shown with, or empty. */
	public String name() {
		return (this.name != null) ? this.name : "";
	}

	public RowStatus status() {
		return this.status;
	}

	/** Why the row is not ready or not imported; empty otherwise. */
	public String reason() {
		return (this.reason != null) ? this.reason : "";
	}

	/** The cells it was checked from; only for a row just checked. */
	ImportRow source() {
		return this.source;
	}

	/** The number to write; only for a ready row just checked. */
	NumberDraft number() {
		return this.number;
	}

}
