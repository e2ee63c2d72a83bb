-- The catalog: concerts, their shows by date, and the seats of each show.
-- Seats carry no booking state: whether a seat is held or sold is derived from its live
-- reservation (see V2), so a hold reads as free the instant it expires, without any job.

create table concert (
    id         bigint generated always as identity constraint concert_pk primary key,
    title      text        not null,
    created_at timestamptz not null,
    constraint concert_title_length check (char_length(title) between 1 and 200)
);

create table schedule (
    id         bigint generated always as identity constraint schedule_pk primary key,
    concert_id bigint not null constraint schedule_concert_fk references concert (id),
    show_date  date   not null,
    seat_count int    not null,
    price      bigint not null,
    constraint schedule_concert_date_uq unique (concert_id, show_date),
    constraint schedule_seat_count_range check (seat_count between 1 and 1000),
    constraint schedule_price_range check (price between 0 and 100000000)
);

create table seat (
    id          bigint generated always as identity constraint seat_pk primary key,
    schedule_id bigint not null constraint seat_schedule_fk references schedule (id),
    seat_no     int    not null,
    price       bigint not null,
    constraint seat_schedule_seat_no_uq unique (schedule_id, seat_no),
    constraint seat_no_positive check (seat_no > 0),
    constraint seat_price_not_negative check (price >= 0)
);
