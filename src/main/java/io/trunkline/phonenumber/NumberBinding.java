package io.trunkline.phonenumber;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One agent bound to one number for one direction. Rows are replaced as a whole list per
 * number and direction, never edited one by one.
 */
@Entity
@Table(name = "number_binding")
class NumberBinding {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "number_binding_seq")
	@SequenceGenerator(name = "number_binding_seq", sequenceName = "number_binding_seq", allocationSize = 50)
	Long id;

	@Column(name = "organization_id", nullable = false)
	long organizationId;

	@Column(name = "phone_number_id", nullable = false)
	long phoneNumberId;

	@Enumerated(EnumType.STRING)
	@Column(name = "direction", nullable = false, length = 8)
	Direction direction;

	@Column(name = "agent_id", nullable = false)
	long agentId;

	@Column(name = "version_ref", nullable = false, length = 20)
	String versionRef;

	@Column(name = "weight_bp", nullable = false)
	int weightBp;

	@Column(name = "position", nullable = false)
	int position;

	protected NumberBinding() {
	}

	NumberBinding(long organizationId, long phoneNumberId, Direction direction, BindingLine line, int position) {
		this.organizationId = organizationId;
		this.phoneNumberId = phoneNumberId;
		this.direction = direction;
		this.agentId = line.agentId();
		this.versionRef = line.versionRef();
		this.weightBp = line.weightBp();
		this.position = position;
	}

	BindingLine line() {
		return new BindingLine(this.agentId, this.versionRef, this.weightBp);
	}

}
