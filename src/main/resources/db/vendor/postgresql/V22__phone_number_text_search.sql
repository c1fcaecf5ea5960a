-- PostgreSQL only: the grid's text search (lower(number) like '%...%' or search_name like
-- '%...%') reads these instead of every number of the organization. Built concurrently,
-- so writes go on while an existing installation upgrades (outside a transaction: see
-- the .conf beside this file).
create index concurrently if not exists ix_phone_number_number_trgm on phone_number using gin (lower(number) gin_trgm_ops);
create index concurrently if not exists ix_phone_number_name_trgm on phone_number using gin (search_name gin_trgm_ops);
