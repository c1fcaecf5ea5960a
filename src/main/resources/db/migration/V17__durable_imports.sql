-- Imports as durable jobs (issue 15). The dry run stores the import (status REVIEWED) with
-- what applies to every row and each row's verdict in import_row, so that the review pages
-- from the database and any instance can run, follow, cancel and report it. The run is a
-- db-scheduler execution that commits each chunk with the cursor (cursor_line) and the
-- counts, so that a run revived on another instance continues after the last chunk.

-- An import still waiting or running here was on an instance of the version before: no
-- instance will run it (its plan was in that instance's memory).
update import_batch set status = 'FAILED', finished_at = current_timestamp,
    message = 'The server stopped during this import: the numbers imported before are kept'
    where status in ('WAITING', 'RUNNING');

alter table import_batch drop constraint ck_import_batch_status;
alter table import_batch add constraint ck_import_batch_status
    check (status in ('REVIEWED', 'WAITING', 'RUNNING', 'DONE', 'CANCELLED', 'FAILED'));

alter table import_batch add column provider varchar(16);
alter table import_batch add column sip_trunk_id bigint;
alter table import_batch add column twilio_integration_id bigint;
-- the default agents of each direction as JSON ([{"agentId":..,"versionRef":..,"weightBp":..}])
alter table import_batch add column inbound_agents varchar(8000);
alter table import_batch add column outbound_agents varchar(8000);
alter table import_batch add column ready_rows integer default 0 not null;
alter table import_batch add column processed_rows integer default 0 not null;
alter table import_batch add column cursor_line integer default 0 not null;
alter table import_batch add column cancel_requested boolean default false not null;
alter table import_batch add column running_since timestamp with time zone;
alter table import_batch add column rows_kept boolean default false not null;

create index ix_import_batch_status on import_batch (status, organization_id);

-- One row of an import with its verdict. The row's own cells are kept (shortened when the
-- row is not ready: such a row is never written) so that the run can check it again.
create table import_row (
    import_batch_id bigint        not null,
    line            integer       not null,
    organization_id bigint        not null,
    status          varchar(20)   not null,
    input           varchar(255),
    normalized      varchar(32),
    international   varchar(48),
    name            varchar(255),
    description     varchar(1000),
    inbound_agent   varchar(255),
    outbound_agent  varchar(255),
    trunk           varchar(255),
    reason          varchar(500),
    number_id       bigint,
    constraint pk_import_row primary key (import_batch_id, line),
    constraint fk_import_row_batch foreign key (import_batch_id) references import_batch (id) on delete cascade,
    constraint ck_import_row_status check (status in ('READY', 'INVALID', 'DUPLICATE_IN_FILE', 'ALREADY_PRESENT',
        'IMPORTED', 'NOT_IMPORTED'))
);

create index ix_import_row_status on import_row (import_batch_id, status, line);
