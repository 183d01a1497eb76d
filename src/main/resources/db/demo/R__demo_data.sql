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
