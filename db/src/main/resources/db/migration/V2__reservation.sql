-- A reservation is a user's claim on one seat: HELD until it expires, is cancelled or is paid
-- (CONFIRMED). Rows are never deleted: EXPIRED and CANCELLED ones are the user's history.
--
-- One winner per seat is a constraint, not a convention: the partial unique index below admits
-- at most one live (HELD or CONFIRMED) reservation per seat. A HELD row past expires_at is dead
-- for every reader; a claim marks it EXPIRED in its own transaction before inserting, and the
-- sweeper marks the rest.

create table reservation (
    id          bigint generated always as identity constraint reservation_pk primary key,
    user_id     bigint      not null,
    seat_id     bigint      not null constraint reservation_seat_fk references seat (id),
    schedule_id bigint      not null constraint reservation_schedule_fk references schedule (id),
    price       bigint      not null,
    status      text        not null,
    held_at     timestamptz not null,
    expires_at  timestamptz not null,
    payment_id  bigint,
    closed_at   timestamptz,
    constraint reservation_user_positive check (user_id > 0),
    constraint reservation_price_not_negative check (price >= 0),
    constraint reservation_status_valid check (status in ('HELD', 'CONFIRMED', 'EXPIRED', 'CANCELLED')),
    constraint reservation_hold_window check (expires_at > held_at),
    constraint reservation_confirmed_is_paid check ((status = 'CONFIRMED') = (payment_id is not null)),
    constraint reservation_closed_unless_held check ((status = 'HELD') = (closed_at is null))
);

create unique index reservation_live_seat_uq on reservation (seat_id) where status in ('HELD', 'CONFIRMED');
create index reservation_live_schedule_idx on reservation (schedule_id) where status in ('HELD', 'CONFIRMED');
create index reservation_user_history_idx on reservation (user_id, id desc);
create index reservation_held_user_idx on reservation (user_id, expires_at) where status = 'HELD';
create index reservation_held_expiry_idx on reservation (expires_at) where status = 'HELD';
