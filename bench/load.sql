-- Replaces the bench rows with the generated CSV files (run.py replaces DATA_DIR with the folder of the generated files).
\set ON_ERROR_STOP on
-- TRUNCATE, not DELETE: pnl_entry refuses row deletes (append-only), and TRUNCATE fires no row trigger.
-- The COPYs into pnl_entry and budget_line refresh the yearly rollup (pnl_year) by trigger.
truncate change_log, change_transaction, account_issue_transition, account_issue_external_id, account_issue,
         activity_external_id, activity, review, forecast_submission, invoice_payment, invoice, pnl_year, budget_line, budget, pnl_month, pnl_entry,
         quota, opportunity_history, opportunity_external_id, opportunity, contact, account_team_member,
         account_external_id, account, idempotency_key, exchange_rate, staff cascade;
\copy staff (id, subject, email, name, roles, manager_id, region, created_at, updated_at) from 'DATA_DIR/staff.csv' with (format csv)
\copy account (id, name, industry, tier, status, region, owner_id, created_at, updated_at) from 'DATA_DIR/account.csv' with (format csv)
\copy account_team_member (account_id, staff_id, role, added_at) from 'DATA_DIR/account_team_member.csv' with (format csv)
\copy exchange_rate (id, currency, month, rate, created_at, updated_at) from 'DATA_DIR/exchange_rate.csv' with (format csv)
\copy opportunity (id, account_id, owner_id, name, type, stage, amount, currency, probability, forecast_category, close_date, closed_date, lost_reason, created_at, updated_at, stage_entered_at) from 'DATA_DIR/opportunity.csv' with (format csv)
\copy opportunity_history (id, opportunity_id, changed_at, changed_by, field, from_value, to_value) from 'DATA_DIR/opportunity_history.csv' with (format csv)
-- issues and activities; the statement trigger on activity sets every account's last_contact_at
\copy account_issue (id, account_id, title, description, severity, category, owner_id, responsible_id, status, raised_at, due_at, escalation_level, resolution, version, created_at, updated_at) from 'DATA_DIR/account_issue.csv' with (format csv)
\copy activity (id, account_id, type, at, staff_ids, contact_ids, subject, version, created_at, updated_at) from 'DATA_DIR/activity.csv' with (format csv)
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
-- performance reviews: everyone below the executive, by their manager, for every quarter and half of
-- 2025-2027 (18 cycles; a director such as bench-1 sees ~680 of them); the 2025 cycles closed with frozen
-- KPIs, the later ones drafts
insert into review (id, reviewee_id, reviewer_id, cycle, cycle_start, cycle_end, status, ratings, goals, strengths,
                    improvements, merit_increase_percent, promotion, rotation, kpis, transitions, version,
                    created_at, updated_at)
select gen_random_uuid(), s.id, s.manager_id, c.label, c.first_day, c.last_day,
       case when c.last_day < date '2026-01-01' then 'closed' else 'draft' end,
       '[{"competency": "relationship_management", "rating": 4, "comment": "Trusted by the client"},
         {"competency": "commercial_negotiation", "rating": 3, "comment": null},
         {"competency": "forecasting_discipline", "rating": 4, "comment": null},
         {"competency": "account_planning", "rating": 3, "comment": null},
         {"competency": "leadership", "rating": 3, "comment": null}]',
       '[{"description": "Grow the top five accounts by 10 %", "target": "+10 %", "actual": "+12 %", "status": "met"},
         {"description": "Renew every A account", "target": "100 %", "actual": "90 %", "status": "partially_met"}]',
       'Clients trust them', 'Plan renewals earlier', 3.5, false, false,
       case when c.last_day < date '2026-01-01' then jsonb_build_object(
           'cycle', c.label, 'currency', 'USD', 'frozen', true, 'computedAt', c.last_day + 10 || 'T09:00:00Z',
           'quota', '1500000.00', 'closedWon', '1230000.00', 'quotaAttainment', 0.82, 'wonCount', 41,
           'lostCount', 12, 'winRate', 0.7736, 'averageDealSize', '30000.00', 'pipelineCreated', '4100000.00',
           'accountsRetained', 110, 'accountsChurned', 0, 'averageSatisfaction', null,
           'lastSubmittedCommit', '1200000.00', 'forecastAccuracy', 0.9756) end,
       case when c.last_day < date '2026-01-01' then jsonb_build_array(
           jsonb_build_object('from', 'draft', 'to', 'submitted', 'by', s.manager_id, 'at', c.last_day + 10 || 'T09:00:00Z'),
           jsonb_build_object('from', 'submitted', 'to', 'acknowledged', 'by', s.id, 'at', c.last_day + 12 || 'T09:00:00Z'),
           jsonb_build_object('from', 'acknowledged', 'to', 'closed', 'by', s.manager_id, 'at', c.last_day + 20 || 'T09:00:00Z'))
         else '[]' end,
       0, now(), now()
from staff s
cross join (
  select y || '-Q' || q as label, make_date(y, q * 3 - 2, 1) as first_day,
         (make_date(y, q * 3 - 2, 1) + interval '3 months' - interval '1 day')::date as last_day
  from generate_series(2025, 2027) y, generate_series(1, 4) q
  union all
  select y || '-H' || h, make_date(y, h * 6 - 5, 1), (make_date(y, h * 6 - 5, 1) + interval '6 months' - interval '1 day')::date
  from generate_series(2025, 2027) y, generate_series(1, 2) h) c
where s.manager_id is not null;
-- a forecast call of every manager for every half, so review KPIs find a last submitted commit
insert into forecast_submission (id, staff_id, period, commit, best_case, currency, computed, submitted_at)
select gen_random_uuid(), s.id, y || '-H' || h, 1200000, 1500000, 'USD', '{}', make_date(y, h * 6 - 5, 15)
from staff s, generate_series(2025, 2027) y, generate_series(1, 2) h
where 'manager' = any (s.roles);
-- the velocity columns each deal keeps, computed once from the loaded history
select rebuild_stage_stats();
vacuum analyze;
