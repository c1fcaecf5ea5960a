-- Protection state that every instance shares when several run on one PostgreSQL
-- (issue 15). Created on H2 too, where it stays empty: H2 runs one instance, which keeps
-- its sign-in counts in memory.

-- Bucket4j's table (its PostgreSQL backend, select-for-update flavour): one token bucket
-- per key (a client address on the sign-in form), its serialized state, and when it is
-- full again (epoch milliseconds), after which the row is deleted by the clean-up.
create table rate_limit_bucket (
    id         varchar(300) not null primary key,
    state      bytea,
    expires_at bigint
);

create index ix_rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);

-- Failed sign-ins. One row per normalized email and client address ('pair:<email> <address>',
-- its failures, the delay they earned, forgotten a while after the last one) and one per
-- email from every address ('email:<email>', its failures in the window that its first
-- failure opened). A row past expires_at counts as absent and is deleted by the clean-up.
create table sign_in_failure (
    id            varchar(400) not null primary key,
    failures      integer      not null,
    delayed_until timestamp with time zone,
    expires_at    timestamp with time zone not null,
    constraint ck_sign_in_failure_failures check (failures >= 1)
);

create index ix_sign_in_failure_expires_at on sign_in_failure (expires_at);

-- One row: the last committed key rotation. Rotations lock it, so two instances never
-- rotate at once (each rotation starts from the keyset file as the last one left it).
create table keyset_rotation (
    id             integer not null primary key,
    primary_key_id bigint,
    rotated_at     timestamp with time zone,
    constraint ck_keyset_rotation_single check (id = 1)
);

insert into keyset_rotation (id, primary_key_id, rotated_at) values (1, null, null);
