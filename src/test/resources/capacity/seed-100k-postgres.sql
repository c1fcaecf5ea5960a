-- One SIP trunk and 100,000 numbers (60 % US, 25 % GB, 15 % DE) in the first organization,
-- for the capacity benchmarks. The trunk's loopback target is refused by the health checks'
-- target rules, so no check leaves this machine.
insert into sip_trunk (id, version, organization_id, name, termination_uri, transport, media_encryption,
    registration_enabled, supports_inbound, supports_outbound, created_at, updated_at)
select 900000000, 0, min(id), 'Bench carrier', 'sip:127.0.0.1:5060', 'UDP', 'DISABLE', false, true, true,
    now(), now()
from organization;

insert into phone_number (id, version, organization_id, number, pseudo, region, line_type, display_name,
    search_name, provider, sip_trunk_id, active, supports_inbound, supports_outbound, created_at, updated_at)
select 900000000 + k, 0, (select min(id) from organization),
    case when k % 20 < 12 then '+1415' || (2000000 + k)
         when k % 20 < 17 then '+44207' || (1000000 + k)
         else '+4930' || (10000000 + k) end,
    false,
    case when k % 20 < 12 then 'US' when k % 20 < 17 then 'GB' else 'DE' end,
    case when k % 20 < 12 then 'FIXED_LINE_OR_MOBILE' else 'FIXED_LINE' end,
    'Line ' || lpad(k::text, 7, '0'), 'line ' || lpad(k::text, 7, '0'), 'SIP', 900000000, k % 10 <> 0, true, true,
    now() - make_interval(secs => (k * 311) % 31536000), now() - make_interval(secs => (k * 131) % 31536000)
from generate_series(0, 99999) as k;

vacuum analyze sip_trunk;
vacuum analyze phone_number;
