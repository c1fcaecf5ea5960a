-- PostgreSQL only (db/vendor/postgresql): trigram matching for the numbers grid's search,
-- which looks for the typed text anywhere in a number or a name (like '%...%'). A trusted
-- extension since PostgreSQL 13: the database's owner may create it.
create extension if not exists pg_trgm;
