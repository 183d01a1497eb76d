-- Account P&L: posted revenue and cost entries, budgets, invoices and their payments.

-- Half-even rounding (PostgreSQL's round() rounds ties away from zero). Plain SQL so the planner
-- inlines it into the report queries.
create function round_half_even(value numeric, places integer) returns numeric
    language sql immutable parallel safe as
$$
    select round(
        case
            when abs(value * power(10::numeric, places) - trunc(value * power(10::numeric, places))) = 0.5
            then trunc(value * power(10::numeric, places))
                 + sign(value) * (abs(trunc(value * power(10::numeric, places))) % 2)
            else round(value * power(10::numeric, places))
        end / power(10::numeric, places),
        places)
$$;

-- A posted revenue entry (category 'revenue') or cost entry (one of the five cost categories).
-- Entries are never edited or deleted: a correction is a new entry that reverses one (same amount,
-- opposite sign), and an entry can be reversed once.
create table pnl_entry (
    id           uuid primary key,
    account_id   uuid           not null references account (id),
    category     text           not null
        check (category in ('revenue', 'staff', 'third_party', 'media', 'travel', 'other')),
    entry_date   date           not null,
    amount       numeric(20, 4) not null check (amount <> 0),
    currency     varchar(3)     not null,
    description  text,
    reference    text,
    reverses_id  uuid unique references pnl_entry (id),
    posted_by    uuid           references staff (id),
    created_at   timestamptz    not null
);
-- an account's entries, listed by date (keyset on entry_date, id)
create index pnl_entry_account_date_idx on pnl_entry (account_id, entry_date, id);

create function pnl_entry_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'posted P&L entries are never changed or deleted: post a reversing entry'
        using errcode = 'restrict_violation';
end
$$;
create trigger pnl_entry_append_only before update or delete on pnl_entry
    for each row execute function pnl_entry_is_append_only();

-- The entries summed per account, month, category and currency: the cells every P&L report reads
-- (a report converts each cell at its month's rate), kept in step by the trigger below in the
-- transaction that posts the entries, so a report never scans the entries themselves.
create table pnl_month (
    account_id  uuid           not null references account (id),
    month       date           not null check (extract(day from month) = 1),
    category    text           not null,
    currency    varchar(3)     not null,
    amount      numeric(20, 4) not null,
    entries     integer        not null,
    primary key (account_id, month, category, currency)
);
-- the company P&L reads a range of months across every account
create index pnl_month_month_idx on pnl_month (month) include (account_id, category, currency, amount);

create function pnl_month_add() returns trigger language plpgsql as
$$
begin
    insert into pnl_month (account_id, month, category, currency, amount, entries)
    select account_id, cast(date_trunc('month', entry_date) as date), category, currency, sum(amount), count(*)
    from posted
    group by 1, 2, 3, 4
    on conflict (account_id, month, category, currency) do update
        set amount = pnl_month.amount + excluded.amount, entries = pnl_month.entries + excluded.entries;
    return null;
end
$$;
create trigger pnl_entry_rollup after insert on pnl_entry
    referencing new table as posted for each statement execute function pnl_month_add();

-- A budget of an account for a fiscal period. Budgets of one account never overlap, so each month
-- has at most one budget and a report never counts a budget twice.
create extension if not exists btree_gist with schema public;
create table budget (
    id            uuid primary key,
    account_id    uuid        not null references account (id),
    period        text        not null,
    period_start  date        not null,
    period_end    date        not null,
    version       bigint      not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint budget_no_overlap exclude using gist (
        account_id with =, daterange(period_start, period_end, '[]') with &&)
);
create index budget_account_start_idx on budget (account_id, period_start, id);

-- A budget spread over its months: each figure split evenly, the remainder on the last month, so
-- the months add up to the figure exactly. Reports read these like pnl_month cells.
create table budget_line (
    budget_id   uuid           not null references budget (id) on delete cascade,
    account_id  uuid           not null references account (id),
    month       date           not null check (extract(day from month) = 1),
    category    text           not null
        check (category in ('revenue', 'staff', 'third_party', 'media', 'travel', 'other')),
    amount      numeric(20, 4) not null,
    currency    varchar(3)     not null,
    primary key (budget_id, category, month)
);
create index budget_line_account_month_idx on budget_line (account_id, month) include (category, currency, amount);
create index budget_line_month_idx on budget_line (month) include (account_id, category, currency, amount);

create table invoice (
    id           uuid primary key,
    number       text           not null,
    account_id   uuid           not null references account (id),
    issue_date   date           not null,
    due_date     date           not null,
    amount       numeric(20, 4) not null check (amount > 0),
    currency     varchar(3)     not null,
    status       text           not null check (status in ('draft', 'issued', 'paid', 'void', 'written_off')),
    paid_amount  numeric(20, 4) not null default 0,
    -- the day the last payment settled it (paid) or it was voided / written off
    closed_on    date,
    closing_note text,
    description  text,
    version      bigint         not null default 0,
    created_at   timestamptz    not null,
    updated_at   timestamptz    not null,
    constraint invoice_number_key unique (number),
    constraint invoice_due_after_issue check (due_date >= issue_date),
    constraint invoice_not_overpaid check (paid_amount >= 0 and paid_amount <= amount),
    constraint invoice_closed_on check ((closed_on is null) = (status in ('draft', 'issued')))
);
create index invoice_account_issue_idx on invoice (account_id, issue_date, id);
create index invoice_issue_idx on invoice (issue_date, id);
create index invoice_due_idx on invoice (due_date, id);
create index invoice_status_due_idx on invoice (status, due_date, id);

create table invoice_payment (
    id           uuid primary key,
    invoice_id   uuid           not null references invoice (id),
    paid_on      date           not null,
    amount       numeric(20, 4) not null check (amount > 0),
    reference    text,
    recorded_by  uuid           references staff (id),
    created_at   timestamptz    not null
);
create index invoice_payment_invoice_idx on invoice_payment (invoice_id, paid_on);
