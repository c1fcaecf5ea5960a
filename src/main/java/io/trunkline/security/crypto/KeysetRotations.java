package io.trunkline.security.crypto;

import java.util.OptionalInt;

/**
 * The record of the last committed key rotation, shared by every instance on the
 * database: which key is primary now, and the lock that lets one rotation run at a time.
 */
interface KeysetRotations {

	/**
	 * @return the primary key id the last committed rotation made, empty before the first
	 */
	OptionalInt committedPrimary();

	/**
	 * Locks the record until the current transaction ends: a rotation on another instance
	 * waits here until this one has committed or rolled back.
	 */
	void lock();

	/** Records, in the current transaction, the primary key id of this rotation. */
	void record(int primaryKeyId);

}
