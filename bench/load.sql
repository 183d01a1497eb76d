-- Replaces the bench rows with the generated CSV files (run.py replaces DATA_DIR with the folder of the generated files).
\set ON_ERROR_STOP on
truncate opportunity_history, opportunity_external_id, opportunity, contact, account_team_member,
         account_external_id, account, idempotency_key, exchange_rate, staff cascade;
\copy staff (id, subject, email, name, roles, manager_id, region, created_at, updated_at) from 'DATA_DIR/staff.csv' with (format csv)
\copy account (id, name, industry, tier, status, region, owner_id, created_at, updated_at) from 'DATA_DIR/account.csv' with (format csv)
\copy account_team_member (account_id, staff_id, role, added_at) from 'DATA_DIR/account_team_member.csv' with (format csv)
\copy exchange_rate (id, currency, month, rate, created_at, updated_at) from 'DATA_DIR/exchange_rate.csv' with (format csv)
\copy opportunity (id, account_id, owner_id, name, type, stage, amount, currency, probability, forecast_category, close_date, closed_date, lost_reason, created_at, updated_at, stage_entered_at) from 'DATA_DIR/opportunity.csv' with (format csv)
\copy opportunity_history (id, opportunity_id, changed_at, changed_by, field, from_value, to_value) from 'DATA_DIR/opportunity_history.csv' with (format csv)
-- the velocity columns each deal keeps, computed once from the loaded history
select rebuild_stage_stats();
vacuum analyze;
