package io.trunkline.api;

import io.trunkline.base.ConcurrentChangeException;

/**
 * The {@code If-Match} version of a request is no longer the stored one (412).
 */
class PreconditionFailedException extends RuntimeException {

	PreconditionFailedException() {
		super(ConcurrentChangeException.MESSAGE);
	}

}
