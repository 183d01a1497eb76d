-- Time-ordered ids (UUID version 7, RFC 9562) for rows made by set-based inserts, the same layout
-- common/Ids gives rows made in Java: 48 bits of Unix milliseconds, then the version (7), the
-- variant and random bits. PostgreSQL 18 has uuidv7(); this is for the versions before it.
create function uuid_v7() returns uuid
language sql volatile parallel safe as $$
  select encode(
           set_bit(set_bit(
             overlay(uuid_send(gen_random_uuid())
                     placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
                     from 1 for 6),
             52, 1), 53, 1),
           'hex')::uuid
$$;
