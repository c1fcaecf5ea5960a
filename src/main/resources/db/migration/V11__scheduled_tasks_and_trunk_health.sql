-- db-scheduler's table (the project's job engine: trunk checks now, durable imports later).
-- Its own postgresql_tables.sql, with varchar keys instead of text so that H2 can index them.
-- db-scheduler never creates it: Flyway does, on H2 and PostgreSQL alike.
create table scheduled_tasks (
    task_name            varchar(100)  not null,
    task_instance        varchar(200)  not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean       not null,
    picked_by            varchar(100),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint        not null,
    priority             smallint,
    constraint pk_scheduled_tasks primary key (task_name, task_instance)
);

create index ix_scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index ix_scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index ix_scheduled_tasks_priority_time on scheduled_tasks (priority desc, execution_time asc);

-- The last SIP OPTIONS check of each trunk. A trunk without a row is "not checked yet".
create table trunk_health (
    trunk_id              bigint        not null primary key,
    version               bigint        not null,
    organization_id       bigint        not null,
    status                varchar(16)   not null,
    last_outcome          varchar(16),
    last_code             integer,
    last_reason           varchar(128),
    rtt_ms                integer,
    checked_at            timestamp with time zone,
    next_check_at         timestamp with time zone not null,
    consecutive_failures  integer       not null,
    consecutive_successes integer       not null,
    constraint fk_trunk_health_trunk foreign key (trunk_id) references sip_trunk (id) on delete cascade,
    constraint ck_trunk_health_status check (status in ('NOT_CHECKED', 'UP', 'DOWN', 'REJECTS_OPTIONS')),
    constraint ck_trunk_health_outcome check (last_outcome in ('OK', 'REJECTS_OPTIONS', 'FAILURE', 'REFUSED'))
);

create index ix_trunk_health_due on trunk_health (next_check_at);
create index ix_trunk_health_org_status on trunk_health (organization_id, status);
