-- A reservation names its seat and, beside it, the seat's show, so that the seat map of one show
-- can look up that show's reservations alone (reservation_live_schedule_idx) instead of every live
-- reservation in the system. That lookup is only right if the two always agree: this key makes
-- them.

alter table seat add constraint seat_id_schedule_uq unique (id, schedule_id);

alter table reservation
    add constraint reservation_seat_of_schedule_fk foreign key (seat_id, schedule_id) references seat (id, schedule_id);

-- The new key implies the two it replaces (the seat exists; its show exists, by the seat's own key),
-- and each key is checked on every claim.
alter table reservation drop constraint reservation_seat_fk;
alter table reservation drop constraint reservation_schedule_fk;
