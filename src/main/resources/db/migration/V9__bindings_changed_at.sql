-- When a number's agent lists last changed, by a single edit, a bulk bind, an import or an
-- agent's deletion: the number's own updated_at does not move when only its agents do.
-- Null when the number never had agents since it was created. Numbers bound before this
-- column existed take their last update as the best time known.
alter table phone_number add column bindings_changed_at timestamp with time zone;

update phone_number set bindings_changed_at = updated_at
    where exists (select 1 from number_binding b where b.phone_number_id = phone_number.id);
