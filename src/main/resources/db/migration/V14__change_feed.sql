-- The change feed (issue #9): every create, update and soft delete of an account, contact or
-- opportunity, in commit order, whoever writes it (the API, a batch upsert, psql, a COPY).
--
-- Commit order is what a poller needs: identity values are drawn when a row is written, and a
-- transaction that drew a smaller one may commit after one that drew a larger one, so a poller
-- that had moved past the larger one would skip the smaller one for ever. Here every writing
-- transaction draws one *ticket* at commit time (a deferred trigger), from a counter row it holds
-- locked until its commit is visible: tickets are handed out in commit order, without gaps (an
-- aborted transaction's draw is rolled back with it), and a reader only ever sees a prefix of
-- them. The feed is ordered by (ticket, change id) and its cursor is the last pair it handed out.
-- The price: the commits of writing transactions queue for that row, for the length of a commit.

create table change_log (
    id         bigint      generated always as identity primary key,
    xid        xid8        not null default pg_current_xact_id(),
    type       text        not null check (type in ('accounts', 'contacts', 'opportunities')),
    record_id  uuid        not null,
    version    bigint      not null,
    operation  text        not null check (operation in ('created', 'updated', 'deleted')),
    at         timestamptz not null
);
create index change_log_xid_idx on change_log (xid, id);

-- one row per writing transaction; ticket stays null until the transaction commits
create table change_transaction (
    xid     xid8   primary key,
    ticket  bigint
);
create unique index change_transaction_ticket_idx on change_transaction (ticket);

create table change_clock (
    only_row  boolean primary key default true check (only_row),
    last      bigint  not null
);
insert into change_clock values (true, 0);

-- at commit: the transaction's ticket, the next number of the clock
create function change_draw_ticket() returns trigger language plpgsql as
$$
declare
    drawn bigint;
begin
    update change_clock set last = last + 1 returning last into drawn;
    update change_transaction set ticket = drawn where xid = new.xid;
    return null;
end
$$;

create constraint trigger change_transaction_ticket
    after insert on change_transaction
    deferrable initially deferred
    for each row execute function change_draw_ticket();

-- The changes of one statement on a synced table: inserts are created; an update that sets
-- deleted_at is deleted; any other update that moves the version is updated (an update that does
-- not move the version, such as recomputed statistics, is no change of the record).
create function change_record() returns trigger language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into change_log (type, record_id, version, operation, at)
        select tg_argv[0], n.id, n.version, case when n.deleted_at is null then 'created' else 'deleted' end,
               n.updated_at
        from new_rows n;
    else
        insert into change_log (type, record_id, version, operation, at)
        select tg_argv[0], n.id, n.version,
               case when n.deleted_at is not null and o.deleted_at is null then 'deleted' else 'updated' end,
               n.updated_at
        from new_rows n join old_rows o on o.id = n.id
        where n.version <> o.version
           or (n.deleted_at is not null and o.deleted_at is null);
    end if;
    if found then
        insert into change_transaction (xid) values (pg_current_xact_id()) on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger account_changes_inserted after insert on account
    referencing new table as new_rows for each statement execute function change_record('accounts');
create trigger account_changes_updated after update on account
    referencing old table as old_rows new table as new_rows for each statement execute function change_record('accounts');
create trigger contact_changes_inserted after insert on contact
    referencing new table as new_rows for each statement execute function change_record('contacts');
create trigger contact_changes_updated after update on contact
    referencing old table as old_rows new table as new_rows for each statement execute function change_record('contacts');
create trigger opportunity_changes_inserted after insert on opportunity
    referencing new table as new_rows for each statement execute function change_record('opportunities');
create trigger opportunity_changes_updated after update on opportunity
    referencing old table as old_rows new table as new_rows for each statement execute function change_record('opportunities');

-- contacts get external ids as accounts and opportunities have them
create table contact_external_id (
    contact_id   uuid not null references contact (id),
    source       text not null,
    external_id  text not null,
    primary key (contact_id, source),
    constraint contact_external_id_unique unique (source, external_id)
);
