-- The company P&L of whole years reads one row per account, fiscal year, category and currency
-- instead of twelve monthly cells: the cells already converted and rounded (the same rule as the
-- monthly reads), added up. The database keeps it in step itself: every statement that changes
-- cells (posting entries, writing budget lines, setting a rate) refreshes the account-years it
-- touched, whoever runs it (the app, a COPY, an admin's psql).

-- The reporting currency and its decimals the rollup is converted into, and the first month of the
-- fiscal year; the app writes them on start and rebuilds the rollup when they change.
create table pnl_settings (
    id                boolean    primary key default true check (id),
    reporting         varchar(3) not null,
    decimals          smallint   not null,
    year_start_month  smallint   not null check (year_start_month between 1 and 12)
);

-- The fiscal year holding `day` when years start in month `start`: fiscal year N starts in that month
-- of calendar year N.
create function pnl_fiscal_year(day date, start integer) returns integer
    language sql immutable parallel safe as
$$
    select cast(extract(year from day - make_interval(months => start - 1)) as integer)
$$;

-- The configured first month of the fiscal year (null before the app wrote its settings).
create function pnl_year_start() returns integer language sql stable as
$$
    select year_start_month from pnl_settings
$$;

create table pnl_year (
    account_id  uuid           not null references account (id),
    year        integer        not null, -- fiscal
    budget      boolean        not null,
    category    text           not null,
    currency    varchar(3)     not null,
    -- the sum over the year's months that have a rate of round_half_even(cell x rate, decimals)
    converted   numeric(20, 4) not null,
    -- how many monthly cells it adds up (a report that takes months off knows when none is left)
    months      integer        not null,
    -- "EUR 2026-03" for each month of a cell without a rate
    missing     text[]         not null,
    primary key (account_id, year, budget, category, currency)
);
create index pnl_year_year_idx on pnl_year (year)
    include (account_id, budget, category, currency, converted, months, missing);

-- Recomputes the rollup of these (account, year) pairs from their cells, or all of it when
-- `accounts` is null. Refreshes of one account-year run one after the other (advisory locks, taken
-- in order), so the second sees the first's cells; a big refresh (a rate change, a bulk load) locks
-- the whole rollup instead of thousands of pairs.
create function pnl_year_refresh(accounts uuid[], years integer[]) returns void
    language plpgsql as
$$
declare
    settings pnl_settings;
begin
    select * into settings from pnl_settings;
    if not found or cardinality(accounts) = 0 then
        return; -- without settings, the app builds the whole rollup when it writes them
    end if;
    if accounts is null then
        perform pg_advisory_xact_lock(hashtext('pnl_year'));
        delete from pnl_year;
        select array_agg(p.account_id), array_agg(p.year) into accounts, years
        from (select account_id, pnl_fiscal_year(month, settings.year_start_month) as year from pnl_month
              union
              select account_id, pnl_fiscal_year(month, settings.year_start_month) from budget_line) p;
        if accounts is null then
            return;
        end if;
    else
        if cardinality(accounts) > 100 then
            perform pg_advisory_xact_lock(hashtext('pnl_year'));
        else
            perform pg_advisory_xact_lock_shared(hashtext('pnl_year'));
            perform pg_advisory_xact_lock(hashtext('pnl_year ' || p.account_id || ' ' || p.year))
            from (select distinct a as account_id, y as year from unnest(accounts, years) as t(a, y)
                  order by 1, 2) p;
        end if;
        delete from pnl_year r
        using unnest(accounts, years) as t(account_id, year)
        where r.account_id = t.account_id and r.year = t.year;
    end if;
    insert into pnl_year (account_id, year, budget, category, currency, converted, months, missing)
    select t.account_id, t.year, c.budget, c.category, c.currency,
           coalesce(sum(round_half_even(c.amount * case when c.currency = settings.reporting then 1 else fx.rate end,
                                        settings.decimals)), 0),
           count(*),
           coalesce(array_agg(c.currency || ' ' || to_char(c.month, 'YYYY-MM') order by c.month)
                        filter (where c.currency <> settings.reporting and fx.rate is null), '{}')
    from (select distinct a as account_id, y as year,
                 make_date(y, settings.year_start_month, 1) as first_month
          from unnest(accounts, years) as u(a, y)) t
    cross join lateral (
        select m.month, m.category, m.currency, false as budget, m.amount from pnl_month m
        where m.account_id = t.account_id
          and m.month >= t.first_month and m.month < t.first_month + interval '1 year'
        union all
        select l.month, l.category, l.currency, true, l.amount from budget_line l
        where l.account_id = t.account_id
          and l.month >= t.first_month and l.month < t.first_month + interval '1 year'
    ) c
    left join exchange_rate fx on fx.currency = c.currency and fx.month = c.month
    group by 1, 2, 3, 4, 5;
end
$$;

-- Posting entries: after pnl_month has them (pnl_entry_rollup fires first: triggers run by name).
create function pnl_entry_refresh_years() returns trigger language plpgsql as
$$
begin
    perform pnl_year_refresh(coalesce(array_agg(account_id), '{}'), coalesce(array_agg(year), '{}'))
    from (select distinct account_id, pnl_fiscal_year(entry_date, (select pnl_year_start())) as year from posted) p;
    return null;
end
$$;
create trigger pnl_entry_rollup_years after insert on pnl_entry
    referencing new table as posted for each statement execute function pnl_entry_refresh_years();

create function budget_line_refresh_years() returns trigger language plpgsql as
$$
begin
    perform pnl_year_refresh(coalesce(array_agg(account_id), '{}'), coalesce(array_agg(year), '{}'))
    from (select distinct account_id, pnl_fiscal_year(month, (select pnl_year_start())) as year from changed) p;
    return null;
end
$$;
create trigger budget_line_added after insert on budget_line
    referencing new table as changed for each statement execute function budget_line_refresh_years();
create trigger budget_line_removed after delete on budget_line
    referencing old table as changed for each statement execute function budget_line_refresh_years();

-- A new or changed rate re-derives every account-year with a cell in that currency and month.
create function exchange_rate_refresh_years() returns trigger language plpgsql as
$$
begin
    perform pnl_year_refresh(coalesce(array_agg(account_id), '{}'), coalesce(array_agg(year), '{}'))
    from (
        select distinct c.account_id, pnl_fiscal_year(c.month, (select pnl_year_start())) as year
        from changed r
        join (select account_id, month, currency from pnl_month
              union all select account_id, month, currency from budget_line) c
          on c.currency = r.currency and c.month = r.month
    ) p;
    return null;
end
$$;
create trigger exchange_rate_added after insert on exchange_rate
    referencing new table as changed for each statement execute function exchange_rate_refresh_years();
create trigger exchange_rate_changed after update on exchange_rate
    referencing new table as changed for each statement execute function exchange_rate_refresh_years();
