-- Performance reviews (issue #8).

-- The competencies a review rates, configurable by admins; retired ones stay readable on old
-- reviews but cannot be rated any more.
create table review_competency (
    id          uuid primary key,
    key         text        not null check (key ~ '^[a-z][a-z0-9_]{0,49}$'),
    label       text        not null,
    position    int         not null,
    retired     boolean     not null default false,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint review_competency_key_key unique (key)
);

insert into review_competency (id, key, label, position, created_at, updated_at) values
    ('5c000000-0000-4000-8000-000000000001', 'relationship_management', 'Relationship management', 10, now(), now()),
    ('5c000000-0000-4000-8000-000000000002', 'commercial_negotiation',  'Commercial negotiation',  20, now(), now()),
    ('5c000000-0000-4000-8000-000000000003', 'forecasting_discipline',  'Forecasting discipline',  30, now(), now()),
    ('5c000000-0000-4000-8000-000000000004', 'account_planning',        'Account planning',        40, now(), now()),
    ('5c000000-0000-4000-8000-000000000005', 'leadership',              'Leadership',              50, now(), now());

-- One review per reviewee and cycle. Ratings, goals, transitions and the frozen KPIs belong to
-- the review alone and are always read with it, so they live on its row as JSON arrays/objects:
-- one row is one review, and a list of 500 reviews is one index scan, no child-table joins.
create table review (
    id                      uuid primary key,
    reviewee_id             uuid          not null references staff (id),
    reviewer_id             uuid          not null references staff (id),
    cycle                   text          not null,
    -- the cycle's days as the fiscal calendar had them when the review was created
    cycle_start             date          not null,
    cycle_end               date          not null,
    status                  text          not null check (status in ('draft', 'submitted', 'acknowledged', 'closed')),
    ratings                 jsonb         not null default '[]',
    goals                   jsonb         not null default '[]',
    strengths               text,
    improvements            text,
    reviewee_comment        text,
    merit_increase_percent  numeric(5, 2) check (merit_increase_percent between 0 and 30),
    bonus_amount            numeric(20, 4) check (bonus_amount >= 0),
    bonus_currency          varchar(3),
    promotion               boolean,
    proposed_title          text,
    rotation                boolean,
    rotation_note           text,
    -- frozen at submission; null while a draft (the KPIs are then computed live)
    kpis                    jsonb,
    transitions             jsonb         not null default '[]',
    version                 bigint        not null default 0,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    constraint review_reviewee_cycle_key unique (reviewee_id, cycle),
    constraint review_not_self check (reviewer_id <> reviewee_id),
    constraint review_bonus_has_currency check ((bonus_amount is null) = (bonus_currency is null)),
    constraint review_kpis_frozen check ((kpis is null) = (status = 'draft'))
);

-- "the reviews my team writes": reviewer = any(subtree), newest first, keyset on (created_at, id)
create index review_reviewer_idx on review (reviewer_id, created_at, id);
create index review_created_idx on review (created_at, id);
create index review_cycle_idx on review (cycle_start, id);
