-- Wallets, their ledger, and the idempotency keys of retried requests.
--
-- A balance changes only through one conditional statement that settles the race
-- (balance = balance + :x / balance - :x ... where balance >= :x), which writes the ledger entry in
-- the same statement, so for every user: balance = sum(amount) of their ledger. The CHECK on the
-- balance is the last line of defence behind those statements, not the rule itself.

create table wallet (
    user_id    bigint      constraint wallet_pk primary key,
    balance    bigint      not null,
    updated_at timestamptz not null,
    constraint wallet_user_positive check (user_id > 0),
    constraint wallet_balance_not_negative check (balance >= 0)
);

-- Every change of a balance, in the order it happened. amount is signed: charges and refunds add,
-- payments take; balance_after is the wallet's balance right after the entry.
-- payment_id names the payment a PAYMENT or REFUND belongs to (its table comes with payments).
create table wallet_ledger (
    id            bigint      generated always as identity constraint wallet_ledger_pk primary key,
    user_id       bigint      not null constraint wallet_ledger_wallet_fk references wallet (user_id),
    kind          text        not null,
    amount        bigint      not null,
    balance_after bigint      not null,
    payment_id    bigint,
    created_at    timestamptz not null,
    constraint wallet_ledger_kind_valid check (kind in ('CHARGE', 'PAYMENT', 'REFUND')),
    constraint wallet_ledger_amount_not_zero check (amount <> 0),
    constraint wallet_ledger_payment_takes check ((kind = 'PAYMENT') = (amount < 0)),
    constraint wallet_ledger_balance_after_not_negative check (balance_after >= 0),
    constraint wallet_ledger_charge_has_no_payment check ((kind = 'CHARGE') = (payment_id is null))
);

create index wallet_ledger_user_idx on wallet_ledger (user_id, id);

-- The Idempotency-Key of a request that succeeded, scoped to the endpoint and the user. A request
-- inserts its key before its effect, in the same transaction: a concurrent duplicate waits on the
-- primary key until the first commits (then replays from result_id) or rolls back (then the key
-- was never taken). result_id names what the effect created (a ledger entry for a charge, a payment
-- for a payment), so the first response can be rebuilt exactly. Keys are purged after 24 hours.
create table idempotency_key (
    scope        varchar(64)  not null,
    user_id      bigint       not null,
    key          varchar(255) not null,
    request_hash bytea        not null,
    result_id    bigint,
    created_at   timestamptz  not null,
    constraint idempotency_key_pk primary key (scope, user_id, key),
    constraint idempotency_key_scope_not_empty check (char_length(scope) >= 1),
    constraint idempotency_key_user_positive check (user_id > 0),
    constraint idempotency_key_key_not_empty check (char_length(key) >= 1),
    constraint idempotency_key_request_hash_sha256 check (octet_length(request_hash) = 32)
);

create index idempotency_key_created_at_idx on idempotency_key (created_at);
