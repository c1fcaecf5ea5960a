-- Organizations (tenants) and the people who sign in to them.
-- Portable SQL: the same migration runs on H2 and PostgreSQL.

create sequence organization_seq start with 1 increment by 50;

create table organization (
    id              bigint       not null primary key,
    version         bigint       not null,
    name            varchar(128) not null,
    slug            varchar(63)  not null,
    default_region  varchar(2)   not null,
    created_at      timestamp with time zone not null,
    constraint uk_organization_slug unique (slug)
);

create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id                       bigint       not null primary key,
    version                  bigint       not null,
    organization_id          bigint       not null,
    email                    varchar(254) not null,
    display_name             varchar(128) not null,
    password_hash            varchar(255) not null,
    role                     varchar(20)  not null,
    operator                 boolean      not null,
    enabled                  boolean      not null,
    password_change_required boolean      not null,
    created_at               timestamp with time zone not null,
    constraint uk_app_user_email unique (email),
    constraint fk_app_user_organization foreign key (organization_id) references organization (id),
    constraint ck_app_user_role check (role in ('ADMIN', 'AGENT_MANAGER', 'VIEWER'))
);

create index ix_app_user_organization on app_user (organization_id, email);
