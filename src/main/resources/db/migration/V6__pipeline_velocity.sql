-- Pipeline velocity without reading the history at report time. Each deal keeps, in the same
-- transaction as its stage changes (OpportunityService):
--   stage_entered_at  when it entered its current stage
--   stage_path        the stages it entered, in the order it first entered them
--   stage_stays       for each stage of the path, how many stays there have ended
--   stage_seconds     for each stage of the path, how long those stays lasted in all
-- opportunity_history stays the record; rebuild_stage_stats() recomputes these from it (backfill,
-- bulk loads), and a test checks the two agree.
alter table opportunity
    add column stage_entered_at timestamptz,
    add column stage_path       text[]    not null default '{}',
    add column stage_stays      int[]     not null default '{}',
    add column stage_seconds    numeric[] not null default '{}';

create function rebuild_stage_stats(ids uuid[] default null) returns void
    language sql as
$$
    with moves as (
        select h.opportunity_id, h.to_value as stage, h.seq, h.changed_at as entered,
               lead(h.changed_at) over (partition by h.opportunity_id order by h.seq) as left_at
        from opportunity_history h
        where h.field = 'stage' and (ids is null or h.opportunity_id = any (ids))
    ),
    per_stage as (
        select opportunity_id, stage, min(seq) as first_seq,
               count(left_at) as stays,
               coalesce(sum(extract(epoch from left_at - entered)), 0) as seconds
        from moves
        group by opportunity_id, stage
    ),
    path as (
        select opportunity_id,
               array_agg(stage order by first_seq) as stages,
               array_agg(cast(stays as int) order by first_seq) as stays,
               array_agg(seconds order by first_seq) as seconds
        from per_stage
        group by opportunity_id
    ),
    current as (
        select distinct on (opportunity_id) opportunity_id, entered
        from moves order by opportunity_id, seq desc
    )
    update opportunity o
    set stage_entered_at = c.entered, stage_path = p.stages, stage_stays = p.stays, stage_seconds = p.seconds
    from current c join path p on p.opportunity_id = c.opportunity_id
    where o.id = c.opportunity_id
$$;

select rebuild_stage_stats();
update opportunity set stage_entered_at = created_at where stage_entered_at is null;
alter table opportunity alter column stage_entered_at set not null;

-- The summary reads only index entries: the deals of each owner in a close-date range, with what
-- it adds up. Lists by owner sorted by close date keep using the same index.
drop index opportunity_owner_close_idx;
create index opportunity_owner_close_idx on opportunity (owner_id, close_date, id)
    include (stage, amount, currency, probability, stage_path, stage_stays, stage_seconds)
    where deleted_at is null;
drop index opportunity_created_idx;
create index opportunity_created_idx on opportunity (owner_id, created_at)
    include (amount, currency) where deleted_at is null;
drop index opportunity_history_stage_idx;
