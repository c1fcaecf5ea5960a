-- The last SIP registration check of each trunk (a query-only REGISTER; see DECISIONS).
alter table trunk_health add column registration_state varchar(16);
alter table trunk_health add column registration_code integer;
alter table trunk_health add column registration_reason varchar(128);
alter table trunk_health add column registration_description varchar(256);
alter table trunk_health add column registration_expires_at timestamp with time zone;
alter table trunk_health add column registration_checked_at timestamp with time zone;
alter table trunk_health add column next_registration_at timestamp with time zone;
alter table trunk_health add constraint ck_trunk_health_registration
    check (registration_state in ('NOT_CHECKED', 'REGISTERED', 'FAILED', 'DISABLED'));
