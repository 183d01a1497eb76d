-- A POST carrying an Idempotency-Key is remembered per caller, so a retry gets the first answer.
-- A row without a status is a request still in flight.
create table idempotency_key (
    caller_subject  text        not null,
    key             text        not null,
    method          text        not null,
    path            text        not null,
    request_hash    text        not null,
    status          int,
    content_type    text,
    location        text,
    etag            text,
    body            bytea,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    primary key (caller_subject, key)
);
create index idempotency_key_expiry_idx on idempotency_key (expires_at);
