-- 1 unit of `currency` = `rate` units of the reporting currency, for one calendar month.
create table exchange_rate (
    id          uuid primary key,
    currency    varchar(3)     not null,
    month       date           not null check (extract(day from month) = 1),
    rate        numeric(20, 10) not null check (rate > 0),
    version     bigint         not null default 0,
    created_at  timestamptz    not null,
    updated_at  timestamptz    not null,
    constraint exchange_rate_currency_month_key unique (currency, month)
);
