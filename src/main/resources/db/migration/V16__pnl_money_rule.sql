-- The P&L money rule in one place, and one trigger per table that keeps the yearly rollup in step.
--
-- Why the rollup keeps a basis: pnl_year holds fiscal years of converted, rounded cells (a company
-- year reads ~265k rows instead of ~930k cells: ~60 ms instead of 1.2-1.7 s, bench/RESULTS.md), so
-- its rows only mean something for one reporting currency, its decimals and one first month of the
-- fiscal year. A rollup by calendar month and currency would need none of them but is the cells
-- again. The settings stay the app's (clientele.reporting-currency, clientele.fiscal.*): the app
-- passes them to pnl_year_rebuild at start, which records them as pnl_year_basis (what the rollup was
-- built with, like an index's definition) and rebuilds when they differ; the triggers extend the
-- rollup in the terms it was built with. Reports pass the app's settings to pnl_convert themselves.

-- An amount in the reporting currency: at 1 when it is the reporting currency, else at `rate` (the
-- month's rate of its currency: 1 `currency` = `rate` reporting units), rounded half-even to the
-- reporting currency's decimals; null when there is no rate. Every P&L figure (the month cells of
-- the reports, the yearly rollup, receivables) is made by this function. Plain SQL: the planner
-- inlines it.
create function pnl_convert(amount numeric, currency varchar, rate numeric, reporting varchar, decimals integer)
    returns numeric language sql immutable parallel safe as
$$
    select round_half_even(amount * case when currency = reporting then 1 else rate end, decimals)
$$;

alter table pnl_settings rename to pnl_year_basis;

drop trigger pnl_entry_rollup on pnl_entry;
drop trigger pnl_entry_rollup_years on pnl_entry;
drop function pnl_entry_refresh_years();
drop function pnl_month_add();
drop function pnl_year_refresh(uuid[], integer[]);
drop function pnl_year_start();

-- Recomputes the rollup of the fiscal years holding these (account, day) pairs from their cells, or
-- all of it when `accounts` is null. Refreshes of one account-year run one after the other
-- (advisory locks, taken in order), so the second sees the first's cells; a big refresh (a rate
-- change, a bulk load) locks the whole rollup instead of thousands of pairs.
create function pnl_year_refresh(accounts uuid[], days date[]) returns void
    language plpgsql as
$$
declare
    basis pnl_year_basis;
    years integer[];
begin
    select * into basis from pnl_year_basis;
    if not found or cardinality(accounts) = 0 then
        return; -- without a basis the app builds the whole rollup when it passes its settings
    end if;
    if accounts is null then
        perform pg_advisory_xact_lock(hashtext('pnl_year'));
        delete from pnl_year;
        select array_agg(p.account_id), array_agg(p.year) into accounts, years
        from (select account_id, pnl_fiscal_year(month, basis.year_start_month) as year from pnl_month
              union
              select account_id, pnl_fiscal_year(month, basis.year_start_month) from budget_line) p;
        if accounts is null then
            return;
        end if;
    else
        select array_agg(p.account_id), array_agg(p.year) into accounts, years
        from (select distinct a as account_id, pnl_fiscal_year(d, basis.year_start_month) as year
              from unnest(accounts, days) as t(a, d)) p;
        if cardinality(accounts) > 100 then
            perform pg_advisory_xact_lock(hashtext('pnl_year'));
        else
            perform pg_advisory_xact_lock_shared(hashtext('pnl_year'));
            perform pg_advisory_xact_lock(hashtext('pnl_year ' || p.account_id || ' ' || p.year))
            from (select a as account_id, y as year from unnest(accounts, years) as t(a, y)
                  order by 1, 2) p;
        end if;
        delete from pnl_year r
        using unnest(accounts, years) as t(account_id, year)
        where r.account_id = t.account_id and r.year = t.year;
    end if;
    insert into pnl_year (account_id, year, budget, category, currency, converted, months, missing)
    select t.account_id, t.year, c.budget, c.category, c.currency,
           coalesce(sum(c.converted), 0),
           count(*),
           coalesce(array_agg(c.currency || ' ' || to_char(c.month, 'YYYY-MM') order by c.month)
                        filter (where c.converted is null), '{}')
    from (select distinct a as account_id, y as year,
                 make_date(y, basis.year_start_month, 1) as first_month
          from unnest(accounts, years) as u(a, y)) t
    cross join lateral (
        select c.month, c.category, c.currency, c.budget,
               pnl_convert(c.amount, c.currency, fx.rate, basis.reporting, basis.decimals) as converted
        from (
            select m.month, m.category, m.currency, false as budget, m.amount from pnl_month m
            where m.account_id = t.account_id
              and m.month >= t.first_month and m.month < t.first_month + interval '1 year'
            union all
            select l.month, l.category, l.currency, true, l.amount from budget_line l
            where l.account_id = t.account_id
              and l.month >= t.first_month and l.month < t.first_month + interval '1 year'
        ) c
        left join exchange_rate fx on fx.currency = c.currency and fx.month = c.month
    ) c
    group by 1, 2, 3, 4, 5;
end
$$;

-- The app's settings, passed at start: records them as the basis and rebuilds the whole rollup when
-- they differ from the one it was built with (or it was never built). True when it rebuilt.
create function pnl_year_rebuild(currency varchar, places integer, start_month integer) returns boolean
    language plpgsql as
$$
begin
    if exists (select from pnl_year_basis b
               where (b.reporting, b.decimals, b.year_start_month) = (currency, places, start_month)) then
        return false;
    end if;
    insert into pnl_year_basis (id, reporting, decimals, year_start_month)
    values (true, currency, places, start_month)
    on conflict (id) do update
        set reporting = excluded.reporting, decimals = excluded.decimals,
            year_start_month = excluded.year_start_month;
    perform pnl_year_refresh(null, null);
    return true;
end
$$;

-- Posting entries, in this order: the monthly cells, then the fiscal years that read them. One
-- trigger, so the order is the function's, not that of trigger names.
create function pnl_entry_posted() returns trigger language plpgsql as
$$
begin
    insert into pnl_month (account_id, month, category, currency, amount, entries)
    select account_id, cast(date_trunc('month', entry_date) as date), category, currency, sum(amount), count(*)
    from posted
    group by 1, 2, 3, 4
    on conflict (account_id, month, category, currency) do update
        set amount = pnl_month.amount + excluded.amount, entries = pnl_month.entries + excluded.entries;
    perform pnl_year_refresh(coalesce(array_agg(account_id), '{}'), coalesce(array_agg(month), '{}'))
    from (select distinct account_id, cast(date_trunc('month', entry_date) as date) as month from posted) p;
    return null;
end
$$;
create trigger pnl_entry_posted after insert on pnl_entry
    referencing new table as posted for each statement execute function pnl_entry_posted();

-- budget_line_added / budget_line_removed keep calling these (one trigger per table and event).
create or replace function budget_line_refresh_years() returns trigger language plpgsql as
$$
begin
    perform pnl_year_refresh(coalesce(array_agg(account_id), '{}'), coalesce(array_agg(month), '{}'))
    from (select distinct account_id, month from changed) p;
    return null;
end
$$;

-- A new or changed rate re-derives every account-year with a cell in that currency and month.
create or replace function exchange_rate_refresh_years() returns trigger language plpgsql as
$$
begin
    perform pnl_year_refresh(coalesce(array_agg(account_id), '{}'), coalesce(array_agg(month), '{}'))
    from (
        select distinct c.account_id, c.month
        from changed r
        join (select account_id, month, currency from pnl_month
              union all select account_id, month, currency from budget_line) c
          on c.currency = r.currency and c.month = r.month
    ) p;
    return null;
end
$$;

-- The rollup as the rule above makes it (the same figures as before: the rule did not change).
select pnl_year_refresh(null, null);
