-- One purchase by a new user with room in the line: POST /api/token/create (join, then an
-- admission round, then the token read), POST /api/reservation/reserve, POST /api/charge and
-- POST /api/payment, each as the adapters' SQL reaches PostgreSQL. The token's bytes are derived on
-- the server (see parts/join-line.sql); the admission round's figures (the highest ticket it
-- admitted, the rate) are taken from its own statements or fixed, where the service computes them
-- in Java. A \gset or \aset ends its statement, as a semicolon does, and keeps its values for a
-- later statement to bind.
\set n :n + 1
\set uid :base + :client_id * 10000000 + :n
\set k :n * :clients + :client_id
\set concert :concert0 + :k / 5000
\set sched :sched0 + :k / 1000
\set seat :k % 1000 + 1
--@include parts/join-line.sql
\startpipeline
BEGIN;
select pg_advisory_xact_lock(:queue_admission);
\endpipeline
select pg_advisory_xact_lock(:queue_tickets);
update "queue_token" set "status" = :expired, "released_at" = "queue_token"."expires_at" where "queue_token"."ticket" in (select "queue_token"."ticket" from "queue_token" where ("queue_token"."status" = :active and "queue_token"."expires_at" <= cast(:now as timestamp with time zone)) for update skip locked);
select count(*) from "queue_token" where ("queue_token"."status" = :active and "queue_token"."expires_at" > cast(:now as timestamp with time zone));
update "queue_token" set "status" = :active, "activated_at" = cast(:now as timestamp with time zone), "expires_at" = cast(:tokenexpiry as timestamp with time zone) where "queue_token"."ticket" in (select "queue_token"."ticket" from "queue_token" where "queue_token"."status" = :waiting order by "queue_token"."ticket" fetch next :slots rows only) returning "queue_token"."ticket" \aset
update "queue_state" set "admitted_upto" = greatest("queue_state"."admitted_upto", :ticket);
select count(*) from "queue_token" where "queue_token"."released_at" > cast(:since as timestamp with time zone);
select min("queue_token"."activated_at") from "queue_token";
update "queue_state" set "admission_rate" = cast(:rate as double precision), "rate_updated_at" = cast(:now as timestamp with time zone);
COMMIT;
select "queue_token".*, "queue_state"."admitted_upto", "queue_state"."admission_rate" from "queue_token" cross join "queue_state" where "queue_token"."token_hash" = sha256(int8send(:uid));
select "queue_token".*, "queue_state"."admitted_upto", "queue_state"."admission_rate" from "queue_token" cross join "queue_state" where "queue_token"."token_hash" = sha256(int8send(:uid));
--@include parts/hold-seat.sql
\startpipeline
BEGIN;
with "credited" as (insert into "wallet" ("user_id", "balance", "updated_at") values (:uid, :price, cast(:now as timestamp with time zone)) on conflict ("user_id") do update set "balance" = ("wallet"."balance" + excluded."balance"), "updated_at" = excluded."updated_at" where "wallet"."balance" <= :headroom returning "wallet"."user_id", "wallet"."balance") insert into "wallet_ledger" ("user_id", "kind", "amount", "balance_after", "payment_id", "created_at") select "credited"."user_id", :charge, :price, "credited"."balance", null, cast(:now as timestamp with time zone) from "credited" returning "wallet_ledger"."id", "wallet_ledger"."user_id", "wallet_ledger"."kind", "wallet_ledger"."amount", "wallet_ledger"."balance_after", "wallet_ledger"."payment_id", "wallet_ledger"."created_at";
\endpipeline
COMMIT;
select "queue_token".*, "queue_state"."admitted_upto", "queue_state"."admission_rate" from "queue_token" cross join "queue_state" where "queue_token"."token_hash" = sha256(int8send(:uid));
\startpipeline
BEGIN;
select pg_advisory_xact_lock(:uid);
\endpipeline
select "reservation".*, "seat"."seat_no", "schedule"."concert_id", "schedule"."show_date" from "reservation" join "seat" on "seat"."id" = "reservation"."seat_id" join "schedule" on "schedule"."id" = "reservation"."schedule_id" where ("reservation"."id" = :held_id and "reservation"."user_id" = :uid) for no key update of "reservation";
select nextval('"payment_id_seq"') \gset
with "debited" as (update "wallet" set "balance" = ("wallet"."balance" - :price), "updated_at" = cast(:now as timestamp with time zone) where ("wallet"."user_id" = :uid and "wallet"."balance" >= :price) returning "wallet"."user_id", "wallet"."balance") insert into "wallet_ledger" ("user_id", "kind", "amount", "balance_after", "payment_id", "created_at") select "debited"."user_id", :paid, :debit, "debited"."balance", :nextval, cast(:now as timestamp with time zone) from "debited" returning "wallet_ledger"."id", "wallet_ledger"."user_id", "wallet_ledger"."kind", "wallet_ledger"."amount", "wallet_ledger"."balance_after", "wallet_ledger"."payment_id", "wallet_ledger"."created_at";
insert into "payment" ("id", "user_id", "amount", "balance_after", "status", "paid_at") values (:nextval, :uid, :price, :zero, :paidstatus, cast(:now as timestamp with time zone));
update "reservation" set "status" = :confirmed, "closed_at" = cast(:now as timestamp with time zone), "payment_id" = :nextval where ("reservation"."id" = :held_id and "reservation"."status" = 'HELD');
select count(*) from "reservation" where ("reservation"."user_id" = :uid and "reservation"."status" = 'HELD' and "reservation"."expires_at" > cast(:now as timestamp with time zone));
update "queue_token" set "status" = :finished, "released_at" = cast(:now as timestamp with time zone) where ("queue_token"."user_id" = :uid and "queue_token"."status" = :active and "queue_token"."expires_at" > cast(:now as timestamp with time zone));
COMMIT;
