-- The waiting queue. Every token gets a ticket from the identity sequence; the line is the WAITING
-- tokens in ticket order, and queue_state.admitted_upto is the highest ticket ever admitted, so a
-- waiting token's position is ticket - admitted_upto: arithmetic, never a scan of the line.
--
-- Two advisory locks keep that arithmetic exact (see JooqWaitingQueue): joining the line holds a
-- shared lock from before its ticket is drawn until it commits, and an admission round takes it
-- exclusively, so a round never runs while a lower ticket is still uncommitted.
--
-- The token itself is never stored: token_hash (SHA-256 of the token) finds it, and token_nonce is
-- what the service signs, with a key kept outside this table, to give a user their token again.

create table queue_token (
    ticket       bigint generated always as identity constraint queue_token_pk primary key,
    token_hash   bytea       not null,
    token_nonce  bytea       not null,
    user_id      bigint      not null,
    status       text        not null,
    issued_at    timestamptz not null,
    activated_at timestamptz,
    expires_at   timestamptz,
    released_at  timestamptz,
    constraint queue_token_hash_length check (octet_length(token_hash) = 32),
    constraint queue_token_nonce_length check (octet_length(token_nonce) = 16),
    constraint queue_token_user_positive check (user_id > 0),
    constraint queue_token_status_valid check (status in ('WAITING', 'ACTIVE', 'FINISHED', 'EXPIRED')),
    constraint queue_token_admitted_has_window check (
        (status = 'WAITING') = (activated_at is null) and (activated_at is null) = (expires_at is null)),
    constraint queue_token_released_has_time check ((status in ('FINISHED', 'EXPIRED')) = (released_at is not null))
);

-- jOOQ's code generator cannot parse an index on a bytea column; it does not need this one.
-- [jooq ignore start]
create unique index queue_token_hash_uq on queue_token (token_hash);
-- [jooq ignore stop]

-- One live token per user, whatever races: a second WAITING or ACTIVE row for a user cannot exist.
create unique index queue_token_live_user_uq on queue_token (user_id) where status in ('WAITING', 'ACTIVE');
create index queue_token_waiting_line_idx on queue_token (ticket) where status = 'WAITING';
create index queue_token_active_expiry_idx on queue_token (expires_at) where status = 'ACTIVE';
create index queue_token_activated_at_idx on queue_token (activated_at) where activated_at is not null;
-- released_at is when a token gave its slot back (finished or expired): the pace of the line.
create index queue_token_released_at_idx on queue_token (released_at) where released_at is not null;

create table queue_state (
    id              int    not null constraint queue_state_pk primary key,
    admitted_upto   bigint not null,
    admission_rate  double precision,
    rate_updated_at timestamptz,
    constraint queue_state_single_row check (id = 1),
    constraint queue_state_rate_positive check (admission_rate is null or admission_rate > 0)
);

insert into queue_state (id, admitted_upto) values (1, 0);

-- The key tokens are signed with, when the operator configures none: shared by every instance,
-- and kept apart from queue_token so that table alone never yields a usable token.
create table queue_signing_key (
    id         int         not null constraint queue_signing_key_pk primary key,
    secret     bytea       not null,
    created_at timestamptz not null,
    constraint queue_signing_key_single_row check (id = 1),
    constraint queue_signing_key_length check (octet_length(secret) >= 32)
);
