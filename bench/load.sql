-- Replaces the bench rows with the generated CSV files (run.py replaces DATA_DIR with the folder of the generated files).
\set ON_ERROR_STOP on
-- TRUNCATE, not DELETE: pnl_entry refuses row deletes (append-only), and TRUNCATE fires no row trigger.
-- The COPYs into pnl_entry and budget_line refresh the yearly rollup (pnl_year) by trigger.
truncate invoice_payment, invoice, pnl_year, budget_line, budget, pnl_month, pnl_entry,
         quota, opportunity_history, opportunity_external_id, opportunity, contact, account_team_member,
         account_external_id, account, idempotency_key, exchange_rate, staff cascade;
\copy staff (id, subject, email, name, roles, manager_id, region, created_at, updated_at) from 'DATA_DIR/staff.csv' with (format csv)
\copy account (id, name, industry, tier, status, region, owner_id, created_at, updated_at) from 'DATA_DIR/account.csv' with (format csv)
\copy account_team_member (account_id, staff_id, role, added_at) from 'DATA_DIR/account_team_member.csv' with (format csv)
\copy exchange_rate (id, currency, month, rate, created_at, updated_at) from 'DATA_DIR/exchange_rate.csv' with (format csv)
\copy opportunity (id, account_id, owner_id, name, type, stage, amount, currency, probability, forecast_category, close_date, closed_date, lost_reason, created_at, updated_at, stage_entered_at) from 'DATA_DIR/opportunity.csv' with (format csv)
\copy opportunity_history (id, opportunity_id, changed_at, changed_by, field, from_value, to_value) from 'DATA_DIR/opportunity_history.csv' with (format csv)
-- the P&L of the first accounts; the statement trigger on pnl_entry fills pnl_month during the COPY
\copy pnl_entry (id, account_id, category, entry_date, amount, currency, description, reference, reverses_id, posted_by, created_at) from 'DATA_DIR/pnl_entry.csv' with (format csv)
\copy budget (id, account_id, period, period_start, period_end, version, created_at, updated_at) from 'DATA_DIR/budget.csv' with (format csv)
\copy budget_line (budget_id, account_id, month, category, amount, currency) from 'DATA_DIR/budget_line.csv' with (format csv)
\copy invoice (id, number, account_id, issue_date, due_date, amount, currency, status, paid_amount, closed_on, description, version, created_at, updated_at) from 'DATA_DIR/invoice.csv' with (format csv)
\copy invoice_payment (id, invoice_id, paid_on, amount, reference, recorded_by, created_at) from 'DATA_DIR/invoice_payment.csv' with (format csv)
-- a quarterly quota for every director and manager over the three years of deals
insert into quota (id, staff_id, period, period_kind, period_start, period_end, amount, currency, created_at, updated_at)
select gen_random_uuid(), s.id, y || '-Q' || q, 'QUARTER', make_date(y, q * 3 - 2, 1),
       (make_date(y, q * 3 - 2, 1) + interval '3 months' - interval '1 day')::date,
       case when 'manager' = any (s.roles) then 1500000 else 9000000 end, 'USD', now(), now()
from staff s, generate_series(2025, 2027) y, generate_series(1, 4) q
where s.roles && '{director,manager}';
-- the velocity columns each deal keeps, computed once from the loaded history
select rebuild_stage_stats();
vacuum analyze;
