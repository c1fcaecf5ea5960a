-- The audit trail: one row per change, sign-in, refused access or import. Rows are only ever
-- inserted: the application has no update or delete for them (in production, grant the
-- application's database role INSERT and SELECT only on this table; see docs/DECISIONS.md).
-- organization_id is null for platform-level events (an organization opened, a key rotated,
-- a sign-in with an unknown email). changes is a JSON list of {field, old, new}; secrets
-- appear only as "changed".

create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id              bigint        not null primary key,
    version         bigint        not null,
    occurred_at     timestamp with time zone not null,
    organization_id bigint,
    user_id         bigint,
    user_email      varchar(254),
    action          varchar(24)   not null,
    entity_type     varchar(32)   not null,
    entity_id       bigint,
    changes         varchar(32000) not null
);

create index ix_audit_entry_org_time on audit_entry (organization_id, occurred_at desc, id desc);
create index ix_audit_entry_org_user on audit_entry (organization_id, user_email, occurred_at desc);
create index ix_audit_entry_org_entity on audit_entry (organization_id, entity_type, occurred_at desc);
