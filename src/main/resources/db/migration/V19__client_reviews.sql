-- Client reviews (QBRs, issue #20): a meeting with the client on a date, covering a fiscal period,
-- with the client's satisfaction score (0-10), who attended, notes and the actions agreed.

create table client_review (
    id            uuid primary key,
    account_id    uuid        not null references account (id),
    date          date        not null,
    -- the fiscal period covered, and its days as the fiscal calendar had them when it was set
    period        text        not null,
    period_start  date        not null,
    period_end    date        not null,
    satisfaction  smallint    not null check (satisfaction between 0 and 10),
    notes         text,
    version       bigint      not null default 0,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    deleted_at    timestamptz
);
-- an account's reviews newest first (the list, its keyset pages, the latest score) and its
-- satisfaction history; the review KPI reads the owned accounts' reviews by date through it too
create index client_review_account_date_idx
    on client_review (account_id, date, created_at, id) where deleted_at is null;

-- who attended: a contact of the review's account or a staff member, in the order given (the
-- parts of a review go with it when psql deletes it for good; the API only soft-deletes)
create table client_review_attendee (
    client_review_id  uuid not null references client_review (id) on delete cascade,
    position          int  not null,
    contact_id        uuid references contact (id),
    staff_id          uuid references staff (id),
    primary key (client_review_id, position),
    constraint client_review_attendee_one_kind check (num_nonnulls(contact_id, staff_id) = 1)
);
create unique index client_review_attendee_contact_idx
    on client_review_attendee (client_review_id, contact_id) where contact_id is not null;
create unique index client_review_attendee_staff_idx
    on client_review_attendee (client_review_id, staff_id) where staff_id is not null;

-- the actions agreed, in the order given; an action keeps its id while the review keeps it
create table client_review_action (
    id                uuid    primary key,
    client_review_id  uuid    not null references client_review (id) on delete cascade,
    position          int     not null,
    description       text    not null,
    owner_id          uuid    not null references staff (id),
    due_date          date,
    done              boolean not null default false,
    constraint client_review_action_position_key unique (client_review_id, position)
);
-- "the actions I own": an owner's open actions by due date
create index client_review_action_owner_idx on client_review_action (owner_id, due_date) where not done;

-- The account's satisfaction is the score of its latest live client review (latest by date, then
-- by creation), kept here by the database whoever writes the reviews (the API, psql, a COPY).
-- While the account has one, satisfaction_from_reviews is true and the account package refuses a
-- satisfaction that differs from it; the value the account had before its first review is kept
-- aside and comes back when its last review goes.
alter table account
    add column satisfaction_from_reviews boolean not null default false,
    add column satisfaction_before_reviews numeric(3, 1);

-- Derives the satisfaction of `accounts` (live ones) from their live reviews. An account whose
-- satisfaction or flag changes moves its version and updated_at (to `stamp` at the least), so its
-- ETag changes and the change feed records it; an account whose derived value stays as it is is not
-- written at all.
create function client_review_derive_satisfaction(accounts uuid[], stamp timestamptz)
returns void language sql as
$$
    update account a
    set satisfaction = coalesce(d.score,
                                case when a.satisfaction_from_reviews then a.satisfaction_before_reviews
                                     else a.satisfaction end),
        satisfaction_before_reviews = case when d.score is null then null
                                           when a.satisfaction_from_reviews then a.satisfaction_before_reviews
                                           else a.satisfaction end,
        satisfaction_from_reviews = d.score is not null,
        version = a.version + 1,
        updated_at = greatest(a.updated_at, stamp)
    from (select t.id,
                 (select r.satisfaction from client_review r
                  where r.account_id = t.id and r.deleted_at is null
                  order by r.date desc, r.created_at desc, r.id desc
                  limit 1) as score
          from unnest(accounts) as t(id)) d
    where a.id = d.id and a.deleted_at is null
      and (a.satisfaction_from_reviews, case when a.satisfaction_from_reviews then a.satisfaction end)
          is distinct from (d.score is not null, d.score)
$$;

-- One statement on client_review: the accounts it touched, old and new, derived again. The stamp is
-- the one the statement wrote on the reviews (the app's clock of the transaction), else now().
create function client_review_satisfaction() returns trigger language plpgsql as
$$
declare
    touched uuid[];
    stamp   timestamptz;
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct n.account_id), max(n.updated_at) into touched, stamp from new_rows n;
    elsif tg_op = 'UPDATE' then
        select array_agg(distinct t.account_id) into touched
        from (select account_id from new_rows union select account_id from old_rows) t;
        select max(n.updated_at) into stamp
        from new_rows n join old_rows o on o.id = n.id
        where n.updated_at is distinct from o.updated_at;
    else
        select array_agg(distinct o.account_id) into touched from old_rows o;
    end if;
    if touched is not null then
        -- Wait for whoever else is writing these accounts' reviews, then derive in a statement of
        -- its own, whose fresh snapshot sees what they committed: two reviews written at once must
        -- not each derive the score without the other. (No key update: the key-share locks that
        -- their inserts' foreign keys hold on the account do not block it, so no deadlock.)
        perform 1 from account where id = any(touched) order by id for no key update;
        perform client_review_derive_satisfaction(touched, coalesce(stamp, now()));
    end if;
    return null;
end
$$;

create trigger client_review_satisfaction_inserted after insert on client_review
    referencing new table as new_rows for each statement execute function client_review_satisfaction();
create trigger client_review_satisfaction_updated after update on client_review
    referencing old table as old_rows new table as new_rows for each statement execute function client_review_satisfaction();
create trigger client_review_satisfaction_deleted after delete on client_review
    referencing old table as old_rows for each statement execute function client_review_satisfaction();
