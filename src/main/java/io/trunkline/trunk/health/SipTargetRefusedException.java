package io.trunkline.trunk.health;

/** A trunk's URI that cannot or may not be checked; the message says why, in words. */
class SipTargetRefusedException extends Exception {

	SipTargetRefusedException(String message) {
		super(message);
	}

}
