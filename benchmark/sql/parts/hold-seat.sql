-- Holding a seat: HoldSeatService in one transaction (the show, the user lock, the count of live
-- holds, the claim). The claim keeps the new reservation's id in :held_id (of its two columns
-- named id, \gset keeps the last), for a payment that follows.
\startpipeline
BEGIN;
select "concert"."id", "concert"."title", "concert"."created_at" from "concert" where "concert"."id" = :concert;
\endpipeline
select "schedule"."id", "schedule"."concert_id", "schedule"."show_date", "schedule"."seat_count", "schedule"."price" from "schedule" where "schedule"."concert_id" = :concert;
select pg_advisory_xact_lock(:uid);
select count(*) from "reservation" where ("reservation"."user_id" = :uid and "reservation"."status" = 'HELD' and "reservation"."expires_at" > cast(:now as timestamp with time zone));
with "target" as (select "seat"."id", "seat"."price" from "seat" where ("seat"."schedule_id" = :sched and "seat"."seat_no" = :seat)), "freed" as (update "reservation" set "status" = :expired, "closed_at" = cast(:now as timestamp with time zone) where ("reservation"."seat_id" in (select "target"."id" from "target") and "reservation"."status" = 'HELD' and "reservation"."expires_at" <= cast(:now as timestamp with time zone)) returning "reservation"."id"), "claimed" as (insert into "reservation" ("user_id", "seat_id", "schedule_id", "price", "status", "held_at", "expires_at") select :uid, "target"."id", :sched, "target"."price", :held, cast(:now as timestamp with time zone), cast(:later as timestamp with time zone) from "target" where (select count(*) from "freed") >= :zero on conflict ("seat_id") where "status" in ('HELD', 'CONFIRMED') do nothing returning "reservation"."id", "reservation"."price") select "target"."id", "claimed"."id", "claimed"."price" from "target" left outer join "claimed" on true \gset held_
COMMIT;
