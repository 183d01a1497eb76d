-- The forecast adds deals up by forecast category: the owner/close-date index carries it too, so a
-- team's quarter is read from index entries alone.
drop index opportunity_owner_close_idx;
create index opportunity_owner_close_idx on opportunity (owner_id, close_date, id)
    include (stage, forecast_category, amount, currency, probability, account_id,
             stage_path, stage_stays, stage_seconds)
    where deleted_at is null;
