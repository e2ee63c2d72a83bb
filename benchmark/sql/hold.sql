-- POST /api/reservation/reserve of a free seat: the token check (one statement), then the hold.
-- Each client walks its own seats, so every claim is of a distinct free seat, as in the service run.
\set n :n + 1
\set k :n * :clients + :client_id
\set concert :concert0 + :k / 5000
\set sched :sched0 + :k / 1000
\set seat :k % 1000 + 1
\set uid 900000000 + :client_id
select "queue_token".*, "queue_state"."admitted_upto", "queue_state"."admission_rate" from "queue_token" cross join "queue_state" where "queue_token"."token_hash" = :hash;
--@include parts/hold-seat.sql
