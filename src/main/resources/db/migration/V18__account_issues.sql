-- Account issues and escalations (issue #20): a client's problem, who owns it, when it is due (the
-- severity's target after it was raised), who is responsible once escalated, and every move.

create table account_issue (
    id                    uuid primary key,
    account_id            uuid        not null references account (id),
    title                 text        not null,
    description           text,
    severity              text        not null check (severity in ('low', 'medium', 'high', 'critical')),
    category              text        not null check (category in ('delivery', 'quality', 'scope', 'billing', 'relationship', 'retention_risk')),
    -- raised by a contact of the account or by a staff member (one of the two, or neither)
    raised_by_contact_id  uuid        references contact (id),
    raised_by_staff_id    uuid        references staff (id),
    owner_id              uuid        not null references staff (id),
    -- the owner until escalated, then the staff member it was escalated to
    responsible_id        uuid        not null references staff (id),
    status                text        not null check (status in ('open', 'in_progress', 'resolved', 'closed')),
    raised_at             timestamptz not null,
    -- raised_at + the severity's target (clientele.issues.due.*), kept so lists can use an index
    due_at                timestamptz not null,
    escalation_level      int         not null default 0 check (escalation_level >= 0),
    resolution            text,
    version               bigint      not null default 0,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    deleted_at            timestamptz,
    constraint account_issue_one_raiser
        check (raised_by_contact_id is null or raised_by_staff_id is null),
    constraint account_issue_resolution_when_resolved
        check ((status in ('resolved', 'closed')) = (resolution is not null))
);

-- Lists read live rows only, and each (field, id) index serves a keyset sort. The open ones
-- (open, in_progress) have their own partial indexes: "a director's overdue issues" walks the
-- team's owners (staff_subtree) through account_issue_open_owner_due_idx, up to now, and reaches
-- each issue's account by primary key for the visibility rule.
create index account_issue_open_owner_due_idx on account_issue (owner_id, due_at, id)
    where deleted_at is null and status in ('open', 'in_progress');
-- scope=own: what was escalated to the caller too
create index account_issue_open_responsible_due_idx on account_issue (responsible_id, due_at, id)
    where deleted_at is null and status in ('open', 'in_progress');
-- everyone's overdue issues (admins, executives, finance)
create index account_issue_open_due_idx on account_issue (due_at, id)
    where deleted_at is null and status in ('open', 'in_progress');
create index account_issue_account_due_idx on account_issue (account_id, due_at, id) where deleted_at is null;
create index account_issue_owner_due_idx on account_issue (owner_id, due_at, id) where deleted_at is null;
create index account_issue_due_idx on account_issue (due_at, id) where deleted_at is null;
create index account_issue_raised_idx on account_issue (raised_at, id) where deleted_at is null;
create index account_issue_updated_idx on account_issue (updated_at, id) where deleted_at is null;

-- Every move of an issue (start, resolve, close, reopen, escalate, and a status a sync set), in
-- the transaction that makes it; an escalation also records its level and the staff member it
-- made responsible, and its reason as the note.
create table account_issue_transition (
    id                uuid primary key,
    -- insertion order: the order of the moves, also within one transaction
    seq               bigint      generated always as identity,
    issue_id          uuid        not null references account_issue (id),
    move              text        not null check (move in ('start', 'resolve', 'close', 'reopen', 'escalate', 'sync')),
    from_status       text        not null,
    to_status         text        not null,
    by_id             uuid        not null references staff (id),
    at                timestamptz not null,
    note              text,
    escalation_level  int,
    responsible_id    uuid        references staff (id),
    constraint account_issue_transition_escalation
        check ((move = 'escalate') = (escalation_level is not null and responsible_id is not null))
);
create index account_issue_transition_issue_idx on account_issue_transition (issue_id, seq);

create table account_issue_external_id (
    issue_id     uuid not null references account_issue (id),
    source       text not null,
    external_id  text not null,
    primary key (issue_id, source),
    constraint account_issue_external_id_unique unique (source, external_id)
);

-- The change feed carries issues. Every helper of issue #20 writes the type check with all five
-- types, so the migrations agree in whatever order they land.
alter table change_log drop constraint change_log_type_check;
alter table change_log add constraint change_log_type_check
    check (type in ('accounts', 'contacts', 'opportunities', 'issues', 'activities'));

create trigger account_issue_changes_inserted after insert on account_issue
    referencing new table as new_rows for each statement execute function change_record('issues');
create trigger account_issue_changes_updated after update on account_issue
    referencing old table as old_rows new table as new_rows for each statement execute function change_record('issues');
