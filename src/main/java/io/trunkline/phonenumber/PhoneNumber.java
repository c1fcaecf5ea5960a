package io.trunkline.phonenumber;

import java.time.Instant;

import io.trunkline.base.AbstractEntity;
import io.trunkline.trunk.SipTrunk;
import io.trunkline.trunk.TwilioIntegration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A phone number of one organization, unique there in its normalized form. Fields are set
 * by {@link PhoneNumberService} after its checks.
 */
@Entity
@Table(name = "phone_number")
public class PhoneNumber extends AbstractEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_number_seq")
	@SequenceGenerator(name = "phone_number_seq", sequenceName = "phone_number_seq", allocationSize = 50)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	Long organizationId;

	@Column(name = "number", nullable = false, length = 64)
	String number;

	@Column(name = "pseudo", nullable = false)
	boolean pseudo;

	@Column(name = "region", length = 3)
	String region;

	@Enumerated(EnumType.STRING)
	@Column(name = "line_type", nullable = false, length = 24)
	LineType lineType;

	@Column(name = "display_name", nullable = false, length = PhoneNumberCommand.NAME_MAX)
	String displayName;

	@Column(name = "search_name", nullable = false, length = PhoneNumberCommand.NAME_MAX)
	String searchName;

	@Column(name = "description", length = PhoneNumberCommand.DESCRIPTION_MAX)
	String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "provider", nullable = false, length = 6)
	Provider provider;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "sip_trunk_id")
	SipTrunk sipTrunk;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "twilio_integration_id")
	TwilioIntegration twilioIntegration;

	@Column(name = "active", nullable = false)
	boolean active = true;

	@Column(name = "supports_inbound", nullable = false)
	boolean supportsInbound = true;

	@Column(name = "supports_outbound", nullable = false)
	boolean supportsOutbound = true;

	@Column(name = "inbound_webhook_url", length = PhoneNumberCommand.URL_MAX)
	String inboundWebhookUrl;

	@Column(name = "allowed_inbound_countries", length = 1024)
	String allowedInboundCountries;

	@Column(name = "allowed_outbound_countries", length = 1024)
	String allowedOutboundCountries;

	@Column(name = "fallback_number", length = 16)
	String fallbackNumber;

	@Column(name = "test_call_destination", length = 16)
	String testCallDestination;

	@Column(name = "inbound_pin", length = PhoneNumberCommand.PIN_MAX)
	String inboundPin;

	@Column(name = "inbound_room_pattern", length = PhoneNumberCommand.ROOM_PATTERN_MAX)
	String inboundRoomPattern;

	// written only by BindingStore, which bumps it with every change of the agent lists
	@Column(name = "bindings_version", nullable = false, insertable = false, updatable = false)
	long bindingsVersion;

	// written only by BindingStore, whenever the agent lists change
	@Column(name = "bindings_changed_at", insertable = false, updatable = false)
	Instant bindingsChangedAt;

	@Column(name = "import_batch_id", updatable = false)
	Long importBatchId;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt = Instant.now();

	protected PhoneNumber() {
	}

	PhoneNumber(Long organizationId) {
		this.organizationId = organizationId;
	}

	/**
	 * Takes every column of a checked draft; {@code sipTrunk} and
	 * {@code twilioIntegration} are references to the draft's ids.
	 */
	void write(NumberDraft draft, SipTrunk sipTrunk, TwilioIntegration twilioIntegration) {
		this.number = draft.number().e164();
		this.pseudo = draft.number().pseudo();
		this.region = draft.number().region();
		this.lineType = draft.number().lineType();
		this.displayName = draft.displayName();
		this.searchName = draft.searchName();
		this.description = draft.description();
		this.active = draft.active();
		this.provider = draft.provider();
		this.sipTrunk = sipTrunk;
		this.twilioIntegration = twilioIntegration;
		this.supportsInbound = draft.supportsInbound();
		this.supportsOutbound = draft.supportsOutbound();
		this.inboundWebhookUrl = draft.inboundWebhookUrl();
		this.allowedInboundCountries = draft.allowedInboundCountries();
		this.allowedOutboundCountries = draft.allowedOutboundCountries();
		this.fallbackNumber = draft.fallbackNumber();
		this.testCallDestination = draft.testCallDestination();
		this.inboundPin = draft.inboundPin();
		this.inboundRoomPattern = draft.inboundRoomPattern();
		this.updatedAt = Instant.now();
	}

	@Override
	public Long getId() {
		return this.id;
	}

}
