-- Joining the line: IssueQueueTokenService.joinOrFind, one transaction (the user lock,
-- findUnreleasedOf, the shared ticket lock, join, countActive). The token's hash and nonce are
-- derived from :uid on the server, where the service sends the bytes it computed.
\startpipeline
BEGIN;
select pg_advisory_xact_lock(:uid);
\endpipeline
select "queue_token"."ticket", "queue_token"."token_hash", "queue_token"."token_nonce", "queue_token"."user_id", "queue_token"."status", "queue_token"."issued_at", "queue_token"."activated_at", "queue_token"."expires_at", "queue_token"."released_at" from "queue_token" where ("queue_token"."user_id" = :uid and "queue_token"."status" in (:waiting, :active));
select pg_advisory_xact_lock_shared(:queue_tickets);
insert into "queue_token" ("token_hash", "token_nonce", "user_id", "status", "issued_at") values (sha256(int8send(:uid)), substring(sha256(int8send(:uid)) from 1 for 16), :uid, :waiting, cast(:now as timestamp with time zone)) returning "queue_token".*, (select "queue_state"."admitted_upto" from "queue_state") as "admitted_upto", (select "queue_state"."admission_rate" from "queue_state") as "rate";
select count(*) from "queue_token" where ("queue_token"."status" = :active and "queue_token"."expires_at" > cast(:now as timestamp with time zone));
COMMIT;
