-- A staff member's call for a period (their own deals, or their team's when they lead one), with
-- the forecast as computed at that moment; and a director's override of a report's latest call.
create table forecast_submission (
    id            uuid primary key,
    staff_id      uuid           not null references staff (id),
    period        text           not null,
    commit        numeric(20, 4) not null check (commit >= 0),
    best_case     numeric(20, 4) not null check (best_case >= commit),
    currency      varchar(3)     not null,
    note          text,
    computed      jsonb          not null,
    submitted_at  timestamptz    not null
);
-- "the latest call of these staff for this period", and the history newest first
create index forecast_submission_staff_idx on forecast_submission (staff_id, period, submitted_at desc);

create table forecast_adjustment (
    id             uuid primary key,
    submission_id  uuid           not null references forecast_submission (id),
    staff_id       uuid           not null references staff (id),
    period         text           not null,
    commit         numeric(20, 4) not null check (commit >= 0),
    best_case      numeric(20, 4) not null check (best_case >= commit),
    currency       varchar(3)     not null,
    reason         text           not null,
    adjusted_by    uuid           not null references staff (id),
    adjusted_at    timestamptz    not null
);
create index forecast_adjustment_submission_idx on forecast_adjustment (submission_id, adjusted_at desc);
create index forecast_adjustment_staff_idx on forecast_adjustment (staff_id, period, adjusted_at desc);
