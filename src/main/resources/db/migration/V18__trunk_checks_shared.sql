-- Which check of a trunk is in flight, and its last "Check now", shared by every instance
-- on one database (they were in each instance's memory). A check claims its trunk with one
-- conditional update (see TrunkCheckClaims): check_claim names the claim (a job run's, or
-- one "Check now"), checked_by_instance the instance that made it, check_started_at when;
-- the claim ends with the stored result. check_now_at is when "Check now" last ran, for the
-- cooldown.
alter table trunk_health add column check_claim varchar(64);
alter table trunk_health add column checked_by_instance varchar(100);
alter table trunk_health add column check_started_at timestamp with time zone;
alter table trunk_health add column check_now_at timestamp with time zone;
