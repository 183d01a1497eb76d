-- The computed forecast of a staff member (their team's, if they lead one) as it stood on a day:
-- taken on demand and weekly. One per staff member, period and day, so a snapshot taken twice —
-- or by two replicas at once — is stored once.
create table forecast_snapshot (
    id        uuid primary key,
    staff_id  uuid        not null references staff (id),
    period    text        not null,
    taken_on  date        not null,
    taken_at  timestamptz not null,
    figures   jsonb       not null,
    constraint forecast_snapshot_once_a_day unique (staff_id, period, taken_on)
);
