package io.trunkline.security.crypto;

import java.util.OptionalInt;

/**
 * The rotation record as a database row would hold it, shared by the key rings of several
 * "instances" in one test. A recorded primary counts once {@link #commit} ran, as the
 * row's update counts once its transaction commits.
 */
final class SharedRotationRecord implements KeysetRotations {

	private Integer committed;

	private Integer pending;

	int locks;

	@Override
	public synchronized OptionalInt committedPrimary() {
		return (this.committed == null) ? OptionalInt.empty() : OptionalInt.of(this.committed);
	}

	@Override
	public synchronized void lock() {
		this.locks++;
	}

	@Override
	public synchronized void record(int primaryKeyId) {
		this.pending = primaryKeyId;
	}

	/** The rotation's transaction commits. */
	synchronized void commit() {
		if (this.pending != null) {
			this.committed = this.pending;
			this.pending = null;
		}
	}

	/** The rotation's transaction rolls back. */
	synchronized void rollback() {
		this.pending = null;
	}

}
