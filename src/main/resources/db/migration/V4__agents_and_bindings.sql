-- Agents (with published versions and tags) and the agents bound to each number, per direction,
-- with exact weights in basis points (10000 = 100 %).

create sequence agent_seq start with 1 increment by 50;

create table agent (
    id              bigint        not null primary key,
    version         bigint        not null,
    organization_id bigint        not null,
    name            varchar(128)  not null,
    name_key        varchar(128)  not null,
    description     varchar(1000),
    external_id     varchar(64)   not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint uk_agent_name unique (organization_id, name_key),
    constraint uk_agent_external_id unique (organization_id, external_id),
    constraint fk_agent_organization foreign key (organization_id) references organization (id)
);

create table agent_version (
    agent_id     bigint  not null,
    number       integer not null,
    published_at timestamp with time zone not null,
    constraint pk_agent_version primary key (agent_id, number),
    constraint fk_agent_version_agent foreign key (agent_id) references agent (id) on delete cascade,
    constraint ck_agent_version_number check (number > 0)
);

create table agent_tag (
    agent_id       bigint      not null,
    tag            varchar(20) not null,
    version_number integer     not null,
    constraint pk_agent_tag primary key (agent_id, tag),
    constraint fk_agent_tag_agent foreign key (agent_id) references agent (id) on delete cascade,
    constraint fk_agent_tag_version foreign key (agent_id, version_number)
        references agent_version (agent_id, number) on delete cascade
);

create sequence number_binding_seq start with 1 increment by 50;

create table number_binding (
    id              bigint      not null primary key,
    organization_id bigint      not null,
    phone_number_id bigint      not null,
    direction       varchar(8)  not null,
    agent_id        bigint      not null,
    version_ref     varchar(20) not null,
    weight_bp       integer     not null,
    position        integer     not null,
    constraint uk_number_binding unique (phone_number_id, direction, agent_id),
    constraint fk_number_binding_number foreign key (phone_number_id) references phone_number (id) on delete cascade,
    constraint fk_number_binding_agent foreign key (agent_id) references agent (id),
    constraint ck_number_binding_direction check (direction in ('INBOUND', 'OUTBOUND')),
    constraint ck_number_binding_weight check (weight_bp > 0 and weight_bp <= 10000)
);

create index ix_number_binding_agent on number_binding (organization_id, agent_id);
