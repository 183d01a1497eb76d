-- Dev-mode demo data (loaded only by the dev profile). Subjects match the demo users of the
-- in-process OIDC dev issuer (application.properties), so each token lands on its own row.
insert into staff (id, subject, email, name, title, roles, manager_id, region, created_at, updated_at) values
  ('00000000-0000-4000-8000-000000000001', 'ada',      'ada@example.com',      'Ada Admin',       'Operations Lead',     '{admin}',       null, 'EMEA', now(), now()),
  ('00000000-0000-4000-8000-000000000002', 'eve',      'eve@example.com',      'Eve Executive',   'Chief Revenue Officer','{executive}',  null, 'EMEA', now(), now()),
  ('00000000-0000-4000-8000-000000000003', 'dana',     'dana@example.com',     'Dana Director',   'Account Director',    '{director}',    '00000000-0000-4000-8000-000000000002', 'EMEA', now(), now()),
  ('00000000-0000-4000-8000-000000000004', 'max',      'max@example.com',      'Max Manager',     'Account Manager',     '{manager}',     '00000000-0000-4000-8000-000000000003', 'EMEA', now(), now()),
  ('00000000-0000-4000-8000-000000000005', 'mia',      'mia@example.com',      'Mia Manager',     'Account Manager',     '{manager}',     '00000000-0000-4000-8000-000000000003', 'EMEA', now(), now()),
  ('00000000-0000-4000-8000-000000000006', 'fin',      'fin@example.com',      'Fin Finance',     'Finance Partner',     '{finance}',     null, 'EMEA', now(), now()),
  ('00000000-0000-4000-8000-000000000007', 'sync-bot', null,                   'CRM sync',        null,                  '{integration}', null, null,   now(), now())
on conflict (id) do nothing;

insert into account (id, name, industry, tier, status, region, owner_id, parent_id,
                     annual_revenue_target_amount, annual_revenue_target_currency, satisfaction, renewal_date,
                     created_at, updated_at) values
  ('10000000-0000-4000-8000-000000000001', 'Northwind Holdings', 'retail',    'A', 'active',   'EMEA', '00000000-0000-4000-8000-000000000004', null, 2400000, 'EUR', 8.5, '2027-03-31', now(), now()),
  ('10000000-0000-4000-8000-000000000002', 'Northwind Digital',  'retail',    'B', 'active',   'EMEA', '00000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', 600000, 'EUR', 7.9, '2027-01-15', now(), now()),
  ('10000000-0000-4000-8000-000000000003', 'Contoso Media',      'media',     'A', 'at_risk',  'EMEA', '00000000-0000-4000-8000-000000000005', null, 1800000, 'GBP', 6.1, '2026-12-31', now(), now()),
  ('10000000-0000-4000-8000-000000000004', 'Fabrikam Foods',     'food',      'C', 'prospect', 'EMEA', '00000000-0000-4000-8000-000000000005', null, null, null, null, null, now(), now()),
  ('10000000-0000-4000-8000-000000000005', 'Tailspin Travel',    'travel',    'B', 'active',   'EMEA', '00000000-0000-4000-8000-000000000003', null, 950000, 'USD', 8.0, '2027-06-30', now(), now())
on conflict (id) do nothing;

insert into account_external_id (account_id, source, external_id) values
  ('10000000-0000-4000-8000-000000000001', 'salesforce', '001A000001'),
  ('10000000-0000-4000-8000-000000000003', 'salesforce', '001A000003')
on conflict do nothing;

insert into account_team_member (account_id, staff_id, role, added_at) values
  ('10000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000004', 'strategist', now())
on conflict do nothing;

insert into contact (id, account_id, name, title, email, influence, created_at, updated_at) values
  ('20000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'Grace Hopper', 'Chief Marketing Officer', 'grace@northwind.example', 'decision_maker', now(), now()),
  ('20000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000003', 'Alan Turing', 'Head of Media', 'alan@contoso.example', 'champion', now(), now())
on conflict (id) do nothing;

-- Rates into USD for 2026 and 2027, so the pipeline summary of the demo deals has what it needs.
insert into exchange_rate (id, currency, month, rate, created_at, updated_at)
select md5('demo-rate-' || c.currency || m.month)::uuid, c.currency, m.month, c.rate, now(), now()
from (values ('EUR', 1.08), ('GBP', 1.27)) as c(currency, rate),
     generate_series(date '2026-01-01', date '2027-12-01', interval '1 month') as m(month)
on conflict (currency, month) do nothing;

insert into opportunity (id, account_id, owner_id, name, type, source, stage, amount, currency, probability,
                         forecast_category, close_date, closed_date, next_step, lost_reason, created_at, updated_at, stage_entered_at) values
  ('30000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000004', 'Northwind 2027 retainer', 'renewal',      'referral', 'negotiation', 180000, 'EUR', 75, 'commit',    '2026-12-15', null,         'Send revised proposal', null,          now(), now(), now()),
  ('30000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000004', 'Northwind Digital launch', 'new_business', 'inbound',  'proposal',    65000, 'EUR', 50, 'best_case', '2026-12-20', null,         'Pitch on the 3rd',      null,          now(), now(), now()),
  ('30000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000005', 'Contoso media plan',      'upsell',       'outbound', 'closed_won',  240000, 'GBP', 100, 'closed',   '2026-11-10', '2026-11-10', null,                    null,          now(), now(), now()),
  ('30000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000005', 'Fabrikam pilot',          'new_business', 'partner',  'closed_lost', 30000, 'USD', 0,   'omitted',  '2026-10-28', '2026-10-28', null,                    'Chose a competitor', now(), now(), now()),
  ('30000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000003', 'Tailspin summer campaign', 'cross_sell',  'inbound',  'qualification', 95000, 'USD', 20, 'pipeline', '2027-02-28', null,         'Discovery call',        null,          now(), now(), now())
on conflict (id) do nothing;

insert into opportunity_history (id, opportunity_id, changed_at, changed_by, field, from_value, to_value)
select md5('demo-history-' || o.id)::uuid, o.id, o.created_at, o.owner_id, 'stage', null, o.stage
from opportunity o where o.id::text like '30000000-%'
on conflict (id) do nothing;

select rebuild_stage_stats(array(select id from opportunity where id::text like '30000000-%'));

-- Quotas for the last quarter of 2026, so the forecast shows attainment and coverage.
insert into quota (id, staff_id, period, period_kind, period_start, period_end, amount, currency, created_at, updated_at) values
  ('40000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000003', '2026-Q4', 'QUARTER', '2026-10-01', '2026-12-31', 1200000, 'USD', now(), now()),
  ('40000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000004', '2026-Q4', 'QUARTER', '2026-10-01', '2026-12-31', 500000, 'USD', now(), now()),
  ('40000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000005', '2026-Q4', 'QUARTER', '2026-10-01', '2026-12-31', 450000, 'USD', now(), now())
on conflict (staff_id, period) do nothing;

-- P&L: a quarter of revenue and costs for Northwind (EUR) and Tailspin (USD), a budget, invoices
insert into pnl_entry (id, account_id, category, entry_date, amount, currency, description, reference, created_at) values
  ('50000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'revenue', '2026-10-15', 42000, 'EUR', 'October retainer', 'INV-2026-0101', now()),
  ('50000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'revenue', '2026-11-15', 42000, 'EUR', 'November retainer', 'INV-2026-0102', now()),
  ('50000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001', 'staff', '2026-10-31', 18000, 'EUR', 'Account team, October', null, now()),
  ('50000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000001', 'media', '2026-11-30', 12500, 'EUR', 'Q4 media buy', 'PO-7781', now()),
  ('50000000-0000-4000-8000-000000000005', '10000000-0000-4000-8000-000000000005', 'revenue', '2026-10-20', 30000, 'USD', 'Campaign fee', 'INV-2026-0103', now()),
  ('50000000-0000-4000-8000-000000000006', '10000000-0000-4000-8000-000000000005', 'travel', '2026-10-22', 2400, 'USD', 'Client workshop', null, now())
on conflict (id) do nothing;
insert into budget (id, account_id, period, period_start, period_end, created_at, updated_at) values
  ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '2026-Q4', '2026-10-01', '2026-12-31', now(), now())
on conflict (id) do nothing;
insert into budget_line (budget_id, account_id, month, category, amount, currency) values
  ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '2026-10-01', 'revenue', 40000, 'EUR'),
  ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '2026-11-01', 'revenue', 40000, 'EUR'),
  ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '2026-12-01', 'revenue', 40000, 'EUR'),
  ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '2026-10-01', 'media', 5000, 'EUR'),
  ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '2026-11-01', 'media', 5000, 'EUR'),
  ('60000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', '2026-12-01', 'media', 5000, 'EUR')
on conflict do nothing;
insert into invoice (id, number, account_id, issue_date, due_date, amount, currency, status, paid_amount, closed_on, created_at, updated_at) values
  ('70000000-0000-4000-8000-000000000001', 'INV-2026-0101', '10000000-0000-4000-8000-000000000001', '2026-10-15', '2026-11-14', 42000, 'EUR', 'paid', 42000, '2026-11-10', now(), now()),
  ('70000000-0000-4000-8000-000000000002', 'INV-2026-0102', '10000000-0000-4000-8000-000000000001', '2026-11-15', '2026-12-15', 42000, 'EUR', 'issued', 0, null, now(), now()),
  ('70000000-0000-4000-8000-000000000003', 'INV-2026-0103', '10000000-0000-4000-8000-000000000005', '2026-08-20', '2026-09-19', 30000, 'USD', 'issued', 10000, null, now(), now())
on conflict (id) do nothing;
insert into invoice_payment (id, invoice_id, paid_on, amount, created_at) values
  ('71000000-0000-4000-8000-000000000001', '70000000-0000-4000-8000-000000000001', '2026-11-10', 42000, now()),
  ('71000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000003', '2026-10-01', 10000, now())
on conflict (id) do nothing;

-- Reviews: Dana reviews Max for 2026-H1 (submitted, KPIs frozen as they were) and has Mia's 2026-H2 draft open
insert into review (id, reviewee_id, reviewer_id, cycle, cycle_start, cycle_end, status, ratings, goals, strengths,
                    improvements, merit_increase_percent, bonus_amount, bonus_currency, promotion, proposed_title,
                    rotation, kpis, transitions, created_at, updated_at) values
  ('80000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000003',
   '2026-H1', '2026-01-01', '2026-06-30', 'submitted',
   '[{"competency": "relationship_management", "rating": 4, "comment": "Northwind trusts him"},
     {"competency": "forecasting_discipline", "rating": 3, "comment": "Two calls missed by more than 20 %"}]',
   '[{"description": "Renew Northwind for two years", "target": "2-year renewal", "actual": "2-year renewal", "status": "met"}]',
   'Clients trust him', 'Call the quarter earlier', 4.5, 12000, 'USD', true, 'Senior Account Manager', false,
   '{"cycle": "2026-H1", "currency": "USD", "frozen": true, "computedAt": "2026-07-10T09:00:00Z", "quota": null,
     "closedWon": "0.00", "quotaAttainment": null, "wonCount": 0, "lostCount": 0, "winRate": null,
     "averageDealSize": null, "pipelineCreated": "0.00", "accountsRetained": 1, "accountsChurned": 0,
     "averageSatisfaction": 8.1, "lastSubmittedCommit": null, "forecastAccuracy": null}',
   '[{"from": "draft", "to": "submitted", "by": "00000000-0000-4000-8000-000000000003", "at": "2026-07-10T09:00:00Z"}]',
   now(), now()),
  ('80000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000003',
   '2026-H2', '2026-07-01', '2026-12-31', 'draft', '[]', '[]', null, null, null, null, null, null, null, null, null, '[]',
   now(), now())
on conflict (id) do nothing;

-- Activities: Northwind was met and called this autumn (its lastContactAt follows), Contoso last
-- heard from in the summer, Tailspin has only a note: accounts?notContactedSince=2026-10-01 lists
-- Contoso, Fabrikam, Northwind Digital and Tailspin.
insert into activity (id, account_id, type, at, staff_ids, contact_ids, subject, summary, outcome, created_at, updated_at) values
  ('a0000000-0000-4000-8000-000000000001', '10000000-0000-4000-8000-000000000001', 'meeting', '2026-11-10T14:00:00Z',
   '{00000000-0000-4000-8000-000000000004,00000000-0000-4000-8000-000000000003}', '{20000000-0000-4000-8000-000000000001}',
   'QBR prep', 'Walked through the Q4 media results and the 2027 brief', 'Client to confirm the EMEA budget by Friday', now(), now()),
  ('a0000000-0000-4000-8000-000000000002', '10000000-0000-4000-8000-000000000001', 'call', '2026-11-20T15:30:00Z',
   '{00000000-0000-4000-8000-000000000004}', '{20000000-0000-4000-8000-000000000001}',
   'Budget follow-up', null, 'Budget confirmed', now(), now()),
  ('a0000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000003', 'email', '2026-07-14T09:00:00Z',
   '{00000000-0000-4000-8000-000000000005}', '{20000000-0000-4000-8000-000000000002}',
   'Renewal terms', null, null, now(), now()),
  ('a0000000-0000-4000-8000-000000000004', '10000000-0000-4000-8000-000000000005', 'note', '2026-11-02T10:00:00Z',
   '{00000000-0000-4000-8000-000000000003}', '{}',
   'Travel budget freeze rumoured', null, null, now(), now())
on conflict (id) do nothing;
