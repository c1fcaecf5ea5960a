package io.trunkline.importer;

import io.trunkline.phonenumber.NumberDraft;
import io.trunkline.phonenumber.NormalizedNumber;

/**
 * One row of an import with its verdict. The verdict changes once while the import runs:
 * to imported, or to a reason it was not.
 */
public final class ReviewRow {

	private final int line;

	private final String input;

	private final NormalizedNumber normalized;

	private final String name;

	private final NumberDraft number;

	private volatile RowStatus status;

	private volatile String reason;

	private ReviewRow(ImportRow row, NormalizedNumber normalized, NumberDraft number, RowStatus status, String reason) {
		this.line = row.line();
		this.input = row.number();
		this.normalized = normalized;
		this.name = (number != null) ? number.displayName() : row.name();
		this.number = number;
		this.status = status;
		this.reason = reason;
	}

	static ReviewRow ready(ImportRow row, NumberDraft number) {
		return new ReviewRow(row, number.number(), number, RowStatus.READY, null);
	}

	static ReviewRow rejected(ImportRow row, NormalizedNumber normalized, RowStatus status, String reason) {
		return new ReviewRow(row, normalized, null, status, reason);
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
		return (this.normalized != null) ? this.normalized.e164() : "";
	}

	/** The display form, or empty when the input is not a number. */
	public String international() {
		return (this.normalized != null) ? this.normalized.international() : "";
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

	NumberDraft number() {
		return this.number;
	}

	void settle(RowStatus status, String reason) {
		this.reason = reason;
		this.status = status;
	}

}
