-- A staff member's quota for a fiscal quarter, half or year. Stored as given: a year may have its
-- own quota or be the sum of its quarters (the forecast resolves which).
create table quota (
    id            uuid primary key,
    staff_id      uuid           not null references staff (id),
    period        text           not null,
    period_kind   text           not null check (period_kind in ('YEAR', 'HALF', 'QUARTER')),
    period_start  date           not null,
    period_end    date           not null,
    amount        numeric(20, 4) not null check (amount >= 0),
    currency      varchar(3)     not null,
    version       bigint         not null default 0,
    created_at    timestamptz    not null,
    updated_at    timestamptz    not null,
    constraint quota_staff_period_key unique (staff_id, period)
);
-- the forecast asks "quotas of these staff within this period"
create index quota_staff_start_idx on quota (staff_id, period_start);
