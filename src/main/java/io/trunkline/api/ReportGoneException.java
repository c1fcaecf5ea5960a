package io.trunkline.api;

/** An import whose rows report is no longer kept (410); its counts still are. */
class ReportGoneException extends RuntimeException {

	ReportGoneException() {
		super("This import's rows report is no longer kept; GET the import for its counts.");
	}

}
