-- Staff: everyone who signs in. `subject` links a row to the token's `sub`; it may be null for a
-- person an admin set up before their first sign-in (they are then linked by email).
create table staff (
    id          uuid primary key,
    subject     text unique,
    email       text,
    name        text        not null,
    title       text,
    roles       text[]      not null default '{}',
    manager_id  uuid references staff (id),
    region      text,
    active      boolean     not null default true,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    constraint staff_not_own_manager check (manager_id <> id)
);

-- the hierarchy walk (recursive CTE) follows manager_id downwards
create index staff_manager_idx on staff (manager_id);
-- list order and keyset
create index staff_name_idx on staff (name, id);
create index staff_email_idx on staff (lower(email));
create index staff_roles_idx on staff using gin (roles);

-- Everyone at or below `root` in the manager tree: the visibility set of a director. Every
-- visibility predicate calls this one function, so the rule lives in one place.
create function staff_subtree(root uuid) returns table (id uuid)
    language sql stable as
$$
    with recursive subtree(id) as (
        select root
        union
        select s.id from staff s join subtree t on s.manager_id = t.id
    )
    select id from subtree
$$;
