-- The version of a number's agent lists. Bulk bindings change them without touching the
-- number row's own version, so a form (or an API client) that read the lists carries this
-- version and is refused when it is stale.
alter table phone_number add column bindings_version bigint default 0 not null;
