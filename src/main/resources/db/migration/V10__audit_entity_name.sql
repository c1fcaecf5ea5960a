-- What the entity was called when the entry was recorded (a number, a trunk's or an agent's
-- name, a user's email), so the trail reads "Agent Support" even after a rename or a
-- deletion. Null for entries recorded before this column, and for entries about many
-- records at once: those show the type and id as before.
alter table audit_entry add column entity_name varchar(200);
