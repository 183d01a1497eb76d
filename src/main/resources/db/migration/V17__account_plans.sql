-- Account plans (issue #20): per account and fiscal year, a summary, objectives and KPIs; draft ->
-- active -> closed. Soft-deleted like accounts: one live plan per account and fiscal year, a
-- deleted one may be planned again.
create table account_plan (
    id           uuid primary key,
    account_id   uuid        not null references account (id),
    fiscal_year  integer     not null check (fiscal_year between 1900 and 2999),
    summary      text,
    status       text        not null check (status in ('draft', 'active', 'closed')),
    -- every status move, oldest first ({from, to, by, at}); read only with the plan, as on reviews
    transitions  jsonb       not null default '[]',
    version      bigint      not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    deleted_at   timestamptz
);
-- one live plan per account and year; also the list's order (an account's plans by year)
create unique index account_plan_account_year_key on account_plan (account_id, fiscal_year)
    where deleted_at is null;

-- A plan's objectives and KPIs are replaced as a whole by a PATCH, so they are keyed by their
-- position in the plan, not by ids of their own.
create table plan_objective (
    plan_id      uuid    not null references account_plan (id),
    position     integer not null,
    title        text    not null,
    description  text,
    owner_id     uuid    references staff (id),
    due_date     date,
    status       text    not null
        check (status in ('not_started', 'on_track', 'at_risk', 'done', 'dropped')),
    primary key (plan_id, position)
);

create table plan_kpi (
    plan_id    uuid    not null references account_plan (id),
    position   integer not null,
    name       text    not null,
    kind       text    not null check (kind in ('revenue', 'won', 'manual')),
    unit       text    not null check (unit in ('money', 'number', 'percent')),
    direction  text    not null check (direction in ('higher', 'lower')),
    target     numeric not null check (target >= 0),
    -- entered for manual KPIs; for revenue and won, null while the plan runs (computed on every
    -- read) and the figure frozen when the plan closes
    actual     numeric check (actual >= 0),
    primary key (plan_id, position),
    -- revenue and won are amounts in the reporting currency
    constraint plan_kpi_computed_is_money check (kind = 'manual' or unit = 'money')
);
