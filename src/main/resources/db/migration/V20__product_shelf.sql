-- product: the shelf of wealth-management products (R1–R5) with the disclosure elements of CONF-2

create table product (
    id                   bigint generated always as identity primary key,
    code                 varchar(32)    not null unique,
    name                 varchar(200)   not null,
    issuer               varchar(200)   not null,
    type                 varchar(24)    not null check (type in ('CASH_MANAGEMENT', 'FIXED_INCOME', 'MIXED', 'EQUITY',
        'STRUCTURED', 'ALTERNATIVE')),
    risk_level           varchar(2)     not null check (risk_level in ('R1', 'R2', 'R3', 'R4', 'R5')),
    term_days            int            not null check (term_days >= 0),
    capital_protected    boolean        not null,
    minimum_amount       numeric(17, 2) not null check (minimum_amount >= 0),
    currency             char(3)        not null check (currency ~ '^[A-Z]{3}$'),
    sale_opens_on        date,
    sale_closes_on       date,
    cooling_off_hours    int            not null check (cooling_off_hours >= 0),
    status               varchar(16)    not null check (status in ('DRAFT', 'ACTIVE', 'SUSPENDED', 'CLOSED')),
    disclosure_function  text,
    disclosure_benefits  text,
    disclosure_terms     text,
    disclosure_risks     text,
    version              bigint         not null default 0,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    check (sale_closes_on is null or (sale_opens_on is not null and sale_closes_on >= sale_opens_on)),
    -- a product on the shelf (or once on it) has its sale window and all four disclosure elements
    check (status = 'DRAFT' or (sale_opens_on is not null
        and length(trim(disclosure_function)) > 0 and length(trim(disclosure_benefits)) > 0
        and length(trim(disclosure_terms)) > 0 and length(trim(disclosure_risks)) > 0))
);
create index product_shelf on product (status, risk_level, type);
