package io.trunkline.trunk;

/**
 * What the trunk feature needs to know of the numbers its trunks and integrations carry.
 * The phone number feature owns the numbers and implements it; this package names no
 * table of it. Runs in the caller's transaction.
 */
public interface CarrierUsage {

	/** How many numbers of the organization the SIP trunk carries. */
	long numbersOnTrunk(long organizationId, long trunkId);

	/** How many numbers of the organization the Twilio integration carries. */
	long numbersOnTwilio(long organizationId, long integrationId);

}
