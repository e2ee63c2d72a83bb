-- Payments. A payment takes the total of the reservations it confirms from the wallet, in the
-- same transaction that confirms them, writes its ledger entry and records the balance it left, so
-- a retried request can be answered with its first response exactly.
--
-- The id comes from a sequence the service draws from before the debit: the ledger entry of the
-- debit names the payment, whose row is written right after it. The ledger's reference is checked
-- at commit (deferred) for that reason.

create sequence payment_id_seq;

create table payment (
    id            bigint      not null default nextval('payment_id_seq') constraint payment_pk primary key,
    user_id       bigint      not null,
    amount        bigint      not null,
    balance_after bigint      not null,
    status        text        not null,
    paid_at       timestamptz not null,
    constraint payment_user_positive check (user_id > 0),
    constraint payment_amount_not_negative check (amount >= 0),
    constraint payment_balance_after_not_negative check (balance_after >= 0),
    constraint payment_status_valid check (status in ('PAID'))
);

-- [jooq ignore start]
alter sequence payment_id_seq owned by payment.id;
-- [jooq ignore stop]

create index payment_user_idx on payment (user_id, id);
create index reservation_payment_idx on reservation (payment_id) where payment_id is not null;

alter table reservation
    add constraint reservation_payment_fk foreign key (payment_id) references payment (id);

alter table wallet_ledger
    add constraint wallet_ledger_payment_fk foreign key (payment_id) references payment (id)
        deferrable initially deferred;
