create table account (
    id                              uuid primary key,
    name                            text        not null,
    industry                        text,
    tier                            text        not null check (tier in ('A', 'B', 'C')),
    status                          text        not null check (status in ('prospect', 'active', 'at_risk', 'churned')),
    region                          text,
    owner_id                        uuid        not null references staff (id),
    parent_id                       uuid references account (id),
    annual_revenue_target_amount    numeric(20, 4),
    annual_revenue_target_currency  varchar(3),
    satisfaction                    numeric(3, 1) check (satisfaction between 0 and 10),
    renewal_date                    date,
    version                         bigint      not null default 0,
    created_at                      timestamptz not null,
    updated_at                      timestamptz not null,
    deleted_at                      timestamptz,
    constraint account_not_own_parent check (parent_id <> id),
    constraint account_target_has_currency
        check ((annual_revenue_target_amount is null) = (annual_revenue_target_currency is null))
);

-- Lists only ever read live rows: partial indexes keep the deleted ones out of every scan.
-- Each sortable field gets a (field, id) index so keyset pages cost what the first page costs.
create index account_owner_name_idx on account (owner_id, name, id) where deleted_at is null;
create index account_name_idx on account (name, id) where deleted_at is null;
create index account_created_idx on account (created_at, id) where deleted_at is null;
create index account_updated_idx on account (updated_at, id) where deleted_at is null;
create index account_tier_idx on account (tier, id) where deleted_at is null;
create index account_parent_idx on account (parent_id) where deleted_at is null;
-- q = name contains: a trigram index serves ILIKE '%...%'
create extension if not exists pg_trgm with schema public;
create index account_name_trgm_idx on account using gin (lower(name) public.gin_trgm_ops) where deleted_at is null;

create table account_external_id (
    account_id   uuid not null references account (id),
    source       text not null,
    external_id  text not null,
    primary key (account_id, source),
    constraint account_external_id_unique unique (source, external_id)
);

create table account_team_member (
    account_id  uuid        not null references account (id),
    staff_id    uuid        not null references staff (id),
    role        text        not null,
    added_at    timestamptz not null,
    primary key (account_id, staff_id)
);
-- visibility: "accounts whose team I am on"
create index account_team_staff_idx on account_team_member (staff_id, account_id);

create table contact (
    id          uuid primary key,
    account_id  uuid        not null references account (id),
    name        text        not null,
    title       text,
    email       text,
    phone       text,
    influence   text check (influence in ('decision_maker', 'executive_sponsor', 'champion', 'user')),
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    deleted_at  timestamptz
);
create index contact_account_name_idx on contact (account_id, name, id) where deleted_at is null;
