package io.trunkline.agent;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.trunkline.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * An AI agent of one organization, with its published versions and its tags. Both are
 * maps keyed by their primary key column, so Hibernate inserts and deletes single rows (a
 * bag would delete and re-insert every version, and the database would cascade that to
 * the tags). Loaded in bulk, each collection comes in one extra query for all agents.
 */
@Entity
@Table(name = "agent")
public class Agent extends AbstractEntity {

	public static final int NAME_MAX_LENGTH = 128;

	public static final int DESCRIPTION_MAX_LENGTH = 1000;

	public static final int EXTERNAL_ID_MAX_LENGTH = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
	@SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
	private String name;

	@Column(name = "name_key", nullable = false, length = NAME_MAX_LENGTH)
	private String nameKey;

	@Column(name = "description", length = DESCRIPTION_MAX_LENGTH)
	String description;

	@Column(name = "external_id", nullable = false, length = EXTERNAL_ID_MAX_LENGTH)
	String externalId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt = Instant.now();

	/** Version number to when it was published. */
	@ElementCollection
	@CollectionTable(name = "agent_version", joinColumns = @JoinColumn(name = "agent_id"))
	@MapKeyColumn(name = "number")
	@Column(name = "published_at", nullable = false)
	@Fetch(FetchMode.SUBSELECT)
	final Map<Integer, Instant> versions = new HashMap<>();

	/** Tag to the version number it points to. */
	@ElementCollection
	@CollectionTable(name = "agent_tag", joinColumns = @JoinColumn(name = "agent_id"))
	@MapKeyColumn(name = "tag", length = VersionRef.TAG_MAX_LENGTH)
	@Column(name = "version_number", nullable = false)
	@Fetch(FetchMode.SUBSELECT)
	final Map<String, Integer> tags = new HashMap<>();

	protected Agent() {
	}

	Agent(Long organizationId) {
		this.organizationId = organizationId;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public String getName() {
		return this.name;
	}

	void rename(String name) {
		this.name = name;
		this.nameKey = nameKey(name);
	}

	int latestVersion() {
		return this.versions.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
	}

	/** The key that makes names unique regardless of case. */
	static String nameKey(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
