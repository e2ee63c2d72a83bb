-- GET /api/token: the one statement JooqWaitingQueue.findStanding issues, outside a transaction.
select "queue_token".*, "queue_state"."admitted_upto", "queue_state"."admission_rate" from "queue_token" cross join "queue_state" where "queue_token"."token_hash" = :hash;
