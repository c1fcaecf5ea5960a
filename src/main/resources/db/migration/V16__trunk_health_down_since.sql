-- When a trunk turned Down from Up (or from "reachable, rejects OPTIONS"): the home page
-- warns the organization about it until the trunk is reachable again. Null otherwise, also
-- for a trunk that has been Down since its first check.
alter table trunk_health add column down_since timestamp with time zone;
