package io.trunkline.base;

/**
 * Thrown when an entity does not exist in the caller's organization. Another
 * organization's entity is reported the same way, so ids reveal nothing.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
