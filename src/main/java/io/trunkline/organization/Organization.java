package io.trunkline.organization;

import java.time.Instant;

import io.trunkline.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A tenant: everything else in Trunkline belongs to exactly one organization.
 */
@Entity
@Table(name = "organization")
public class Organization extends AbstractEntity {

	public static final int NAME_MAX_LENGTH = 128;

	public static final int SLUG_MAX_LENGTH = 63;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
	@SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
	private Long id;

	@Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
	private String name;

	@Column(name = "slug", nullable = false, length = SLUG_MAX_LENGTH, updatable = false)
	private String slug;

	@Column(name = "default_region", nullable = false, length = 2)
	private String defaultRegion;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected Organization() {
	}

	Organization(String name, String slug, String defaultRegion) {
		this.name = name;
		this.slug = slug;
		this.defaultRegion = defaultRegion;
	}

	void update(String name, String defaultRegion) {
		this.name = name;
		this.defaultRegion = defaultRegion;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getDefaultRegion() {
		return this.defaultRegion;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
