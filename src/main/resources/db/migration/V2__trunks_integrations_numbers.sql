-- SIP trunks, Twilio integrations and phone numbers, each owned by one organization.
-- Secrets (trunk passwords, Twilio tokens) are stored only as Tink AEAD ciphertexts, base64.

create sequence sip_trunk_seq start with 1 increment by 50;

create table sip_trunk (
    id                   bigint        not null primary key,
    version              bigint        not null,
    organization_id      bigint        not null,
    name                 varchar(128)  not null,
    termination_uri      varchar(253)  not null,
    transport            varchar(3)    not null,
    auth_username        varchar(128),
    auth_password        varchar(512),
    media_encryption     varchar(7)    not null,
    registration_enabled boolean       not null,
    supports_inbound     boolean       not null,
    supports_outbound    boolean       not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint uk_sip_trunk_name unique (organization_id, name),
    constraint fk_sip_trunk_organization foreign key (organization_id) references organization (id),
    constraint ck_sip_trunk_transport check (transport in ('UDP', 'TCP', 'TLS')),
    constraint ck_sip_trunk_media check (media_encryption in ('DISABLE', 'ALLOW', 'REQUIRE'))
);

create sequence twilio_integration_seq start with 1 increment by 50;

create table twilio_integration (
    id              bigint       not null primary key,
    version         bigint       not null,
    organization_id bigint       not null,
    name            varchar(128) not null,
    account_sid     varchar(34)  not null,
    auth_token      varchar(512),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint uk_twilio_integration_name unique (organization_id, name),
    constraint fk_twilio_integration_organization foreign key (organization_id) references organization (id)
);

create sequence phone_number_seq start with 1 increment by 50;

create table phone_number (
    id                         bigint        not null primary key,
    version                    bigint        not null,
    organization_id            bigint        not null,
    number                     varchar(64)   not null,
    pseudo                     boolean       not null,
    region                     varchar(3),
    line_type                  varchar(24)   not null,
    display_name               varchar(128)  not null,
    search_name                varchar(128)  not null,
    description                varchar(255),
    provider                   varchar(6)    not null,
    sip_trunk_id               bigint,
    twilio_integration_id      bigint,
    active                     boolean       not null,
    supports_inbound           boolean       not null,
    supports_outbound          boolean       not null,
    inbound_webhook_url        varchar(2048),
    allowed_inbound_countries  varchar(1024),
    allowed_outbound_countries varchar(1024),
    fallback_number            varchar(16),
    test_call_destination      varchar(16),
    inbound_pin                varchar(10),
    inbound_room_pattern       varchar(128),
    created_at                 timestamp with time zone not null,
    updated_at                 timestamp with time zone not null,
    constraint uk_phone_number_org_number unique (organization_id, number),
    constraint fk_phone_number_organization foreign key (organization_id) references organization (id),
    constraint fk_phone_number_sip_trunk foreign key (sip_trunk_id) references sip_trunk (id),
    constraint fk_phone_number_twilio foreign key (twilio_integration_id) references twilio_integration (id),
    constraint ck_phone_number_provider check (
        (provider = 'SIP' and sip_trunk_id is not null and twilio_integration_id is null)
        or (provider = 'TWILIO' and twilio_integration_id is not null and sip_trunk_id is null))
);

create index ix_phone_number_updated on phone_number (organization_id, updated_at, id);
create index ix_phone_number_name on phone_number (organization_id, search_name);
create index ix_phone_number_region on phone_number (organization_id, region);
create index ix_phone_number_trunk on phone_number (organization_id, sip_trunk_id);
create index ix_phone_number_twilio on phone_number (organization_id, twilio_integration_id);
create index ix_phone_number_fallback on phone_number (organization_id, fallback_number);
