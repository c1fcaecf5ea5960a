package io.trunkline.importer;

import java.util.List;

/**
 * A table of the same shape as {@code phone_number}: the same columns, keys, foreign keys
 * and indexes, for the baseline of the import benchmark.
 */
final class BaselineTable {

	static final String DDL = """
			create table phone_number_baseline (
			    id bigint not null primary key, version bigint not null, organization_id bigint not null,
			    number varchar(64) not null, pseudo boolean not null, region varchar(3), line_type varchar(24) not null,
			    display_name varchar(128) not null, search_name varchar(128) not null, description varchar(255),
			    provider varchar(6) not null, sip_trunk_id bigint, twilio_integration_id bigint, active boolean not null,
			    supports_inbound boolean not null, supports_outbound boolean not null,
			    inbound_webhook_url varchar(2048), allowed_inbound_countries varchar(1024),
			    allowed_outbound_countries varchar(1024), fallback_number varchar(16), test_call_destination varchar(16),
			    inbound_pin varchar(10), inbound_room_pattern varchar(128), import_batch_id bigint,
			    created_at timestamp with time zone not null, updated_at timestamp with time zone not null,
			    constraint uk_baseline_org_number unique (organization_id, number),
			    constraint fk_baseline_organization foreign key (organization_id) references organization (id),
			    constraint fk_baseline_sip_trunk foreign key (sip_trunk_id) references sip_trunk (id),
			    constraint fk_baseline_twilio foreign key (twilio_integration_id) references twilio_integration (id),
			    constraint ck_baseline_provider check (
			        (provider = 'SIP' and sip_trunk_id is not null and twilio_integration_id is null)
			        or (provider = 'TWILIO' and twilio_integration_id is not null and sip_trunk_id is null)))
			""";

	static final List<String> INDEXES = List.of(
			"create index ix_baseline_updated on phone_number_baseline (organization_id, updated_at, id)",
			"create index ix_baseline_name on phone_number_baseline (organization_id, search_name)",
			"create index ix_baseline_region on phone_number_baseline (organization_id, region)",
			"create index ix_baseline_trunk on phone_number_baseline (organization_id, sip_trunk_id)",
			"create index ix_baseline_twilio on phone_number_baseline (organization_id, twilio_integration_id)",
			"create index ix_baseline_fallback on phone_number_baseline (organization_id, fallback_number)",
			"create index ix_baseline_import on phone_number_baseline (organization_id, import_batch_id)");

	private BaselineTable() {
	}

}
