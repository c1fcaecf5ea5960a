package io.trunkline.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.util.ProxyUtils;

/**
 * Base of every entity: identity by id, a version for optimistic locking, and a
 * {@code toString} that never prints field values (so no secret can leak through it).
 */
@MappedSuperclass
public abstract class AbstractEntity {

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	public abstract Long getId();

	public long getVersion() {
		return this.version;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (other == null || ProxyUtils.getUserClass(this) != ProxyUtils.getUserClass(other)) {
			return false;
		}
		Long id = getId();
		return id != null && id.equals(((AbstractEntity) other).getId());
	}

	@Override
	public int hashCode() {
		return ProxyUtils.getUserClass(this).hashCode();
	}

	@Override
	public String toString() {
		return ProxyUtils.getUserClass(this).getSimpleName() + "#" + getId();
	}

}
