-- The booking transaction of Bookings.book, statement for statement as jOOQ sends it
-- (recorded with the bench profile's /bench/biaya after one booking through the form;
-- the column lists shortened to *, the predicates, tables and order kept). One extra
-- read before the transaction picks a seeded host's offering at random and a time no
-- other transaction wants, so that, like the form benchmark, no two bookings contend.
-- Run by Compare.java, after it made bench_event_publication like event_publication:
-- pgbench -n -D hosts=N -f booking.pgbench.sql ngupi
\set n random(0, :hosts - 1)
\set minute random(1, 50000000)
select o.id as offering_id, o.host_id as host_id, gen_random_uuid() as attendee, gen_random_uuid() as request_key,
       date_trunc('minute', now() + make_interval(mins => :minute)) as starts_at
  from hosting.offering o join hosting.host h on h.account_id = o.host_id
 where h.handle = 'bench-' || :n \gset
BEGIN;
-- one booking step per attendee at a time
select pg_advisory_xact_lock(hashtextextended(':attendee', 0));
-- the same form sent twice books once
select *, (select next.id from booking.booking next where next.rescheduled_from = b.id) as rescheduled_to
  from booking.booking b where b.attendee_id = ':attendee'::uuid and b.request_key = ':request_key'::uuid;
-- the attendee is not suspended
select a.*, (select coalesce(jsonb_agg(jsonb_build_array(l.provider, l.provider_user_id, l.account_id, l.username,
       l.linked_at, l.last_login_at)), jsonb_build_array())
  from identity.linked_identity l where l.account_id = a.id) from identity.account a where a.id = ':attendee'::uuid;
-- the offering and its host
select * from hosting.offering where id = ':offering_id'::uuid;
select h.*, (select coalesce(jsonb_agg(jsonb_build_array(t.slug, t.name_id, t.name_en, t.curated, ht.position)),
       jsonb_build_array()) from hosting.host_topic ht join hosting.topic t on t.slug = ht.topic_slug
  where ht.host_id = h.account_id) from hosting.host h where h.account_id = ':host_id'::uuid;
-- the per-host limit: the attendee's live sessions with this host still to come
select * from booking.booking where attendee_id = ':attendee'::uuid and status in ('pending', 'confirmed')
   and starts_at > now() and not (status = 'pending' and respond_by <= now()) and host_id = ':host_id'::uuid
 order by starts_at;
-- the fair-use cap: the attendee's live bookings still to come
select count(*) from booking.booking where attendee_id = ':attendee'::uuid and status in ('pending', 'confirmed')
   and starts_at > now() and not (status = 'pending' and respond_by <= now());
-- the time is one of the offering's open times: the host's availability
select * from hosting.offering where id = ':offering_id'::uuid;
select account_id, timezone, paused from hosting.host where account_id in (':host_id'::uuid);
select * from hosting.weekly_window where host_id in (':host_id'::uuid) order by day_of_week, start_minute;
select host_id, on_date from hosting.day_off where host_id in (':host_id'::uuid) and on_date >= current_date;
select * from hosting.extra_window where host_id in (':host_id'::uuid) and on_date >= current_date
 order by on_date, start_minute;
select * from hosting.one_off_slot where host_id in (':host_id'::uuid) and starts_at >= now() order by starts_at;
select host_id, starts_at, ends_at from hosting.busy_block where host_id in (':host_id'::uuid) and ends_at > now()
 order by starts_at;
-- the week's quota, claimed
insert into booking.quota_use (offering_id, week, used, quota)
values (':offering_id'::uuid, date_trunc('week', ':starts_at'::timestamptz)::date, 1, 20)
    on conflict (offering_id, week) do update set used = booking.quota_use.used + 1, quota = 20
 where booking.quota_use.used < 20;
-- taken already, by the host's or the attendee's other sessions
select exists (select 1 from booking.booking where host_id = ':host_id'::uuid and status in ('pending', 'confirmed')
   and starts_at < ':starts_at'::timestamptz + interval '30 minutes' and host_free_at > ':starts_at'::timestamptz);
select exists (select 1 from booking.booking where attendee_id = ':attendee'::uuid
   and status in ('pending', 'confirmed') and starts_at < ':starts_at'::timestamptz + interval '30 minutes'
   and ends_at > ':starts_at'::timestamptz);
-- approval after no-shows (feedback's ApprovalRequirement)
select * from feedback.no_show where absent_id = ':attendee'::uuid and absent_role = 'attendee'
   and session_ended_at >= now() - interval '90 days' order by session_ended_at desc;
-- the booking, under the exclusion constraints
insert into booking.booking (id, offering_id, host_id, attendee_id, starts_at, ends_at, host_free_at, status, topics,
       answer, respond_by, quota_week, late_cancellation, request_key, sequence, created_at, updated_at, room)
values (gen_random_uuid(), ':offering_id'::uuid, ':host_id'::uuid, ':attendee'::uuid, ':starts_at'::timestamptz,
        ':starts_at'::timestamptz + interval '30 minutes', ':starts_at'::timestamptz + interval '30 minutes',
        'confirmed', array['karier'], 'Aku ingin ngobrol soal pindah dari desain ke frontend. Sudah belajar React.',
        null, date_trunc('week', ':starts_at'::timestamptz)::date, false, ':request_key'::uuid, 0, now(), now(),
        'ngupi-' || translate(substr(md5(random()::text), 1, 26), '0189', 'abcd'));
-- BookingConfirmed, registered for its two listeners (the listing's refresh, the notices);
-- into a copy of the registry's table, so that the application never resubmits them
insert into bench_event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
       completion_attempts)
values (gen_random_uuid(), 'id.ngupi.booking.internal.ListedOpenTimes.on(id.ngupi.booking.BookingEvents$BookingConfirmed)',
        'id.ngupi.booking.BookingEvents$BookingConfirmed',
        '{"booking":"' || gen_random_uuid() || '","host":"' || ':host_id' || '","attendee":"' || ':attendee' || '"}',
        now(), 'PUBLISHED', 1),
       (gen_random_uuid(), 'id.ngupi.notifications.internal.BookingNotices.on(id.ngupi.booking.BookingEvents$BookingConfirmed)',
        'id.ngupi.booking.BookingEvents$BookingConfirmed',
        '{"booking":"' || gen_random_uuid() || '","host":"' || ':host_id' || '","attendee":"' || ':attendee' || '"}',
        now(), 'PUBLISHED', 1);
COMMIT;
