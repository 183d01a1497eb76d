-- Activities (issue 20): the meetings, calls, emails and notes of an account, and the account's
-- lastContactAt that the database keeps from them.

create table activity (
    id           uuid primary key,
    account_id   uuid        not null references account (id),
    type         text        not null check (type in ('meeting', 'call', 'email', 'note')),
    at           timestamptz not null,
    -- who took part: arrays, not link tables, so that a record is one row (2,000,000 of them in the
    -- bench) that the API, a batch and the feed write and read whole; GIN indexes serve the filters
    staff_ids    uuid[]      not null default '{}',
    contact_ids  uuid[]      not null default '{}',
    subject      text        not null,
    summary      text,
    outcome      text,
    version      bigint      not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    deleted_at   timestamptz
);

-- An account's activities by time (its list, and the latest contact of lastContactAt below: the
-- type is included so that reading it skips notes without visiting the table).
create index activity_account_at_idx on activity (account_id, at, id) include (type)
    where deleted_at is null;
-- every visible activity by time (GET /activities, sorted on at)
create index activity_at_idx on activity (at, id) where deleted_at is null;
-- staffId, contactId and scope filters: array containment and overlap
create index activity_staff_idx on activity using gin (staff_ids) where deleted_at is null;
create index activity_contact_idx on activity using gin (contact_ids) where deleted_at is null;

create table activity_external_id (
    activity_id  uuid not null references activity (id),
    source       text not null,
    external_id  text not null,
    primary key (activity_id, source),
    constraint activity_external_id_unique unique (source, external_id)
);

-- The change feed carries activities (and issues, which another migration of issue 20 adds): the
-- constraint lists every type of the feed, whichever of the two migrations runs last.
alter table change_log drop constraint if exists change_log_type_check;
alter table change_log add constraint change_log_type_check
    check (type in ('accounts', 'contacts', 'opportunities', 'issues', 'activities'));

create trigger activity_changes_inserted after insert on activity
    referencing new table as new_rows for each statement execute function change_record('activities');
create trigger activity_changes_updated after update on activity
    referencing old table as old_rows new table as new_rows for each statement execute function change_record('activities');

-- An account's lastContactAt: the latest `at` of its live meetings, calls and emails, past or
-- future (a booked meeting is contact, as Salesforce's Last Activity counts it); notes are not
-- contact. Kept here, by the database, so that it is exact whoever writes activities (the API, a
-- batch, psql, a COPY) and the account package needs to know nothing of them. When it moves, the
-- account's version and updated_at move too: its ETag changes and the feed shows it updated.
alter table account add column last_contact_at timestamptz;

-- notContactedSince (never contacted counts as before any date) and sort=lastContactAt. The
-- planner keeps no statistics of a partial index's expression: these tell it how many accounts
-- are neglected, so that it reads this index when they are few and walks the list's own order
-- when they are many.
create index account_last_contact_idx on account (coalesce(last_contact_at, '-infinity'), id)
    where deleted_at is null;
create statistics account_last_contact_stats on (coalesce(last_contact_at, '-infinity')) from account;

-- Recomputes lastContactAt of the accounts whose contact activities one statement may have
-- changed. The accounts are locked (in id order: no deadlock between two writers) before their
-- activities are read: a statement of a plpgsql function reads a fresh snapshot, so a concurrent
-- writer of the same account, holding the lock until its commit, is seen by whoever locks after
-- it, and the last one to write computes from every committed activity. The latest contact is the
-- last entry of activity_account_at_idx that is not a note (an index-only read).
create function activity_last_contact() returns trigger language plpgsql as
$$
declare
    touched uuid[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct n.account_id) into touched
        from new_rows n where n.type <> 'note' and n.deleted_at is null;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct o.account_id) into touched
        from old_rows o where o.type <> 'note' and o.deleted_at is null;
    else
        select array_agg(distinct x.account_id) into touched
        from (select n.account_id, o.account_id as old_account_id
              from new_rows n join old_rows o on o.id = n.id
              where (n.account_id, n.type, n.at, n.deleted_at)
                    is distinct from (o.account_id, o.type, o.at, o.deleted_at)) changed
        cross join lateral (values (changed.account_id), (changed.old_account_id)) x(account_id);
    end if;
    if touched is null then
        return null;
    end if;
    perform 1 from account where id = any(touched) order by id for no key update;
    update account a
    set last_contact_at = latest.at,
        -- a deleted account keeps its value exact but is no change for the feed
        version = a.version + case when a.deleted_at is null then 1 else 0 end,
        updated_at = case when a.deleted_at is null then greatest(now(), a.updated_at) else a.updated_at end
    from unnest(touched) as t(id)
    cross join lateral (
        select max(v.at) as at from activity v
        where v.account_id = t.id and v.deleted_at is null and v.type <> 'note'
    ) latest
    where a.id = t.id and a.last_contact_at is distinct from latest.at;
    return null;
end
$$;

create trigger activity_last_contact_inserted after insert on activity
    referencing new table as new_rows for each statement execute function activity_last_contact();
create trigger activity_last_contact_updated after update on activity
    referencing old table as old_rows new table as new_rows for each statement execute function activity_last_contact();
create trigger activity_last_contact_deleted after delete on activity
    referencing old table as old_rows for each statement execute function activity_last_contact();
