create table pipeline_stage (
    id                   uuid primary key,
    key                  text        not null,
    label                text        not null,
    position             int         not null,
    default_probability  int         not null check (default_probability between 0 and 100),
    forecast_category    text        not null check (forecast_category in ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    closed               boolean     not null,
    won                  boolean     not null,
    retired              boolean     not null default false,
    version              bigint      not null default 0,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    constraint pipeline_stage_key_key unique (key),
    constraint pipeline_stage_won_is_closed check (closed or not won)
);

insert into pipeline_stage (id, key, label, position, default_probability, forecast_category, closed, won, created_at, updated_at) values
    ('5a000000-0000-4000-8000-000000000001', 'prospecting',   'Prospecting',   10,  10, 'pipeline',  false, false, now(), now()),
    ('5a000000-0000-4000-8000-000000000002', 'qualification', 'Qualification', 20,  20, 'pipeline',  false, false, now(), now()),
    ('5a000000-0000-4000-8000-000000000003', 'proposal',      'Proposal',      30,  50, 'best_case', false, false, now(), now()),
    ('5a000000-0000-4000-8000-000000000004', 'negotiation',   'Negotiation',   40,  75, 'commit',    false, false, now(), now()),
    ('5a000000-0000-4000-8000-000000000005', 'closed_won',    'Closed won',    50, 100, 'closed',    true,  true,  now(), now()),
    ('5a000000-0000-4000-8000-000000000006', 'closed_lost',   'Closed lost',   60,   0, 'omitted',   true,  false, now(), now());

create table opportunity (
    id                 uuid primary key,
    account_id         uuid          not null references account (id),
    owner_id           uuid          not null references staff (id),
    name               text          not null,
    type               text          not null check (type in ('new_business', 'upsell', 'cross_sell', 'renewal')),
    source             text          check (source in ('inbound', 'outbound', 'partner', 'referral')),
    stage              text          not null references pipeline_stage (key) on update cascade,
    amount             numeric(20, 4) not null check (amount >= 0),
    currency           varchar(3)    not null,
    probability        int           not null check (probability between 0 and 100),
    forecast_category  text          not null check (forecast_category in ('pipeline', 'best_case', 'commit', 'closed', 'omitted')),
    close_date         date          not null,
    closed_date        date,
    next_step          text,
    lost_reason        text,
    version            bigint        not null default 0,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    deleted_at         timestamptz
);

-- Lists: each sort field with the id, for keyset pages; owner-led variants for the common
-- "my/my team's deals" lists, stage-led for stage filters. All partial on live rows.
create index opportunity_owner_close_idx on opportunity (owner_id, close_date, id) where deleted_at is null;
create index opportunity_owner_stage_close_idx on opportunity (owner_id, stage, close_date, id) where deleted_at is null;
create index opportunity_account_idx on opportunity (account_id) where deleted_at is null;
create index opportunity_close_idx on opportunity (close_date, id) where deleted_at is null;
create index opportunity_amount_idx on opportunity (amount, id) where deleted_at is null;
create index opportunity_updated_idx on opportunity (updated_at, id) where deleted_at is null;
create index opportunity_name_idx on opportunity (name, id) where deleted_at is null;
create index opportunity_created_idx on opportunity (owner_id, created_at) where deleted_at is null;
create index opportunity_name_trgm_idx on opportunity using gin (lower(name) public.gin_trgm_ops) where deleted_at is null;

-- Every change of a tracked field, written in the transaction that makes it. Creation writes the
-- first value of each (from null), so time in the first stage is known too.
create table opportunity_history (
    id              uuid primary key,
    -- insertion order: the order of the changes, also within one transaction
    seq             bigint      generated always as identity,
    opportunity_id  uuid        not null references opportunity (id),
    changed_at      timestamptz not null,
    changed_by      uuid        references staff (id),
    field           text        not null check (field in ('stage', 'amount', 'currency', 'closeDate', 'probability', 'forecastCategory', 'ownerId')),
    from_value      text,
    to_value        text
);
create index opportunity_history_opportunity_idx on opportunity_history (opportunity_id, seq);
-- pipeline velocity reads only the stage changes
create index opportunity_history_stage_idx on opportunity_history (opportunity_id, changed_at) where field = 'stage';

create table opportunity_external_id (
    opportunity_id  uuid not null references opportunity (id),
    source          text not null,
    external_id     text not null,
    primary key (opportunity_id, source),
    constraint opportunity_external_id_unique unique (source, external_id)
);
