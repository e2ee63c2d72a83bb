-- GET /api/reservation/seats: the token check (one statement), then ListSeatsService in a
-- read-only transaction (the concert, its schedules, the seat map of one schedule).
select "queue_token".*, "queue_state"."admitted_upto", "queue_state"."admission_rate" from "queue_token" cross join "queue_state" where "queue_token"."token_hash" = :hash;
\startpipeline
BEGIN READ ONLY;
select "concert"."id", "concert"."title", "concert"."created_at" from "concert" where "concert"."id" = :concert;
\endpipeline
select "schedule"."id", "schedule"."concert_id", "schedule"."show_date", "schedule"."seat_count", "schedule"."price" from "schedule" where "schedule"."concert_id" = :concert;
select "seat"."seat_no", "seat"."price", "reservation"."status", "reservation"."held_at", "reservation"."expires_at" from "seat" left outer join "reservation" on ("reservation"."seat_id" = "seat"."id" and "reservation"."schedule_id" = :sched and "reservation"."status" in ('HELD', 'CONFIRMED')) where "seat"."schedule_id" = :sched order by "seat"."seat_no";
COMMIT;
