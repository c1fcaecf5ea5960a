-- One row per import run of the wizard: who started it, from what, how it ended, with its
-- counts. Each imported number records the batch it came from, so the grid can show them.

create sequence import_batch_seq start with 1 increment by 50;

create table import_batch (
    id               bigint       not null primary key,
    version          bigint       not null,
    organization_id  bigint       not null,
    started_by_id    bigint,
    started_by_email varchar(254) not null,
    source_name      varchar(255) not null,
    mode             varchar(16)  not null,
    status           varchar(16)  not null,
    total_rows       integer      not null,
    imported_rows    integer      not null,
    skipped_rows     integer      not null,
    message          varchar(500),
    started_at       timestamp with time zone not null,
    finished_at      timestamp with time zone,
    constraint fk_import_batch_organization foreign key (organization_id) references organization (id),
    constraint ck_import_batch_mode check (mode in ('READY_ROWS', 'ALL_OR_NOTHING')),
    constraint ck_import_batch_status check (status in ('WAITING', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED'))
);

create index ix_import_batch_org on import_batch (organization_id, started_at);

alter table phone_number add column import_batch_id bigint;
alter table phone_number add constraint fk_phone_number_import_batch
    foreign key (import_batch_id) references import_batch (id);
create index ix_phone_number_import on phone_number (organization_id, import_batch_id);
