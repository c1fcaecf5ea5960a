-- API keys of an organization. The key itself is never stored: only its public key id
-- (what the console lists and the lookup uses) and an HMAC-SHA-256 digest of the whole key,
-- keyed with the server's digest keyset (hex). Revoked keys stay, for the audit trail.

create sequence api_key_seq start with 1 increment by 50;

create table api_key (
    id                bigint       not null primary key,
    version           bigint       not null,
    organization_id   bigint       not null references organization (id),
    key_id            varchar(16)  not null,
    digest            varchar(64)  not null,
    name              varchar(100) not null,
    role              varchar(20)  not null,
    created_by_id     bigint,
    created_by        varchar(254) not null,
    created_at        timestamp with time zone not null,
    expires_at        timestamp with time zone not null,
    revoked_at        timestamp with time zone,
    last_used_at      timestamp with time zone,
    last_used_address varchar(45),
    constraint uq_api_key_key_id unique (key_id)
);

create index ix_api_key_org_created on api_key (organization_id, created_at desc, id desc);

-- Idempotency-Key of a POST that creates: the first answer, replayed for 24 hours to the
-- same key with the same request. status is null while the first request is still running.
create table idempotency_record (
    organization_id  bigint        not null references organization (id),
    idempotency_key  varchar(255)  not null,
    request_hash     varchar(64)   not null,
    status           integer,
    content_type     varchar(200),
    location         varchar(1000),
    body             varchar(65536),
    created_at       timestamp with time zone not null,
    primary key (organization_id, idempotency_key)
);

create index ix_idempotency_record_created on idempotency_record (created_at);
