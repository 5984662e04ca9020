-- portfolio: what customers hold, the nightly mismatch scan and the holdings imports from core banking.
--
-- Set-based work (the scan over every customer, the validation of a million-line import) cannot go through the
-- other modules' Java facades one customer at a time. It reads their data through the views below instead: each
-- names the few columns the portfolio needs, so the dependency is written down in one place, and a change of the
-- owner's table that breaks it fails at migration time instead of silently. Products are not read here at all: the
-- scan passes the shelf (read through ProductShelf) into its statements as arrays.

create view portfolio_customer as
    select id, number, birth_date, practitioner from customer;

create view portfolio_fund as
    select id, customer_id, purpose, needed_back_on from fund;

-- The assessment in force: an assessment that takes effect supersedes the customer's previous one, so there is at
-- most one EFFECTIVE assessment per customer (the scan also checks its dates).
create view portfolio_assessment as
    select customer_id, result as level, effective_on, valid_through from assessment where status = 'EFFECTIVE';

-- A position: how many units of a product a customer holds, bought with which of their funds, what it cost and what
-- it was worth on its valuation date. Amounts are in the bank's reporting currency (CNY), as core banking values
-- them. held_since is the day the position was opened (a released sale's day, or the first valuation imported);
-- the product's term counts from it.
create table holding (
    customer_id    bigint        not null,
    product_code   varchar(32)   not null,
    fund_id        bigint        not null,
    units          numeric(20,4) not null check (units >= 0),
    cost           numeric(18,2) not null check (cost >= 0),
    market_value   numeric(18,2) not null check (market_value >= 0),
    valuation_date date          not null,
    held_since     date          not null,
    source         varchar(8)    not null check (source in ('SALE', 'IMPORT')),
    updated_at     timestamptz   not null,
    primary key (customer_id, product_code, fund_id)
);
create index holding_product on holding (product_code);

-- A holdings file from core banking: uploaded (lines staged) -> VALIDATED (every bad line reported) -> APPLIED, or
-- ABANDONED by the user; FAILED when the file could not be read at all.
create table holding_import (
    id            bigint generated always as identity primary key,
    file_name     varchar(200) not null,
    sha256        char(64)     not null,
    state         varchar(16)  not null check (state in ('UPLOADED', 'VALIDATED', 'APPLIED', 'ABANDONED', 'FAILED')),
    lines         int          not null default 0,
    bad_lines     int          not null default 0,
    inserted      int,
    updated       int,
    unchanged     int,
    skipped       int,
    uploaded_by   varchar(64)  not null,
    uploaded_at   timestamptz  not null,
    validated_at  timestamptz,
    decided_by    varchar(64),
    decided_at    timestamptz,
    failure       varchar(500),
    check (state <> 'APPLIED' or (inserted is not null and updated is not null and unchanged is not null))
);
create index holding_import_sha on holding_import (sha256);

-- The lines of an import as parsed, while it waits to be applied. Unlogged: staging is rebuilt from the file, never
-- the only copy of anything; a line that failed to parse keeps its reason and no values.
create unlogged table holding_import_line (
    import_id       bigint        not null,
    line_no         int           not null,
    customer_number varchar(16),
    product_code    varchar(32),
    fund_id         bigint,
    units           numeric(20,4),
    cost            numeric(18,2),
    market_value    numeric(18,2),
    valuation_date  date,
    problem         varchar(32),
    problem_detail  varchar(100),
    primary key (import_id, line_no)
);

-- Every bad line of an import with its reason (a message key suffix) and a short detail without customer data.
create table holding_import_problem (
    import_id bigint       not null references holding_import (id),
    line_no   int          not null,
    reason    varchar(32)  not null,
    detail    varchar(100),
    primary key (import_id, line_no)
);

-- A scan: NIGHTLY (at most one per day, whichever node claims it first), MANUAL, or RE_RATING (the holders of one
-- product, at once). Steps FIND -> RECORD -> TASKS -> DONE; each step can be run again, so a run whose node died
-- (its heartbeat stale) is resumed by another node from the step it had reached. One run at a time: the others
-- wait as QUEUED.
create table portfolio_scan_run (
    id                bigint generated always as identity primary key,
    trigger           varchar(16)  not null check (trigger in ('NIGHTLY', 'MANUAL', 'RE_RATING')),
    product_code      varchar(32),
    scan_day          date         not null,
    state             varchar(16)  not null check (state in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    step              varchar(16)  not null check (step in ('FIND', 'RECORD', 'TASKS', 'DONE')),
    node              varchar(100),
    heartbeat_at      timestamptz,
    requested_by      varchar(64)  not null,
    requested_at      timestamptz  not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    holdings          bigint,
    customers         bigint,
    found             bigint,
    opened            bigint,
    closed            bigint,
    tasks_raised      bigint,
    tasks_closed      bigint,
    find_millis       bigint,
    record_millis     bigint,
    tasks_millis      bigint,
    resumed           int          not null default 0,
    failure           varchar(1000),
    check ((trigger = 'RE_RATING') = (product_code is not null))
);
create unique index portfolio_scan_one_nightly_per_day on portfolio_scan_run (scan_day) where trigger = 'NIGHTLY';
create unique index portfolio_scan_one_running on portfolio_scan_run ((true)) where state = 'RUNNING';
create index portfolio_scan_recent on portfolio_scan_run (id desc);

-- What one run found, before it is compared with what was open (unlogged: a crashed run finds again).
create unlogged table portfolio_scan_found (
    run_id      bigint        not null,
    customer_id bigint        not null,
    kind        varchar(32)   not null,
    subject     varchar(200)  not null,
    fund_id     bigint        not null,
    args        text[]        not null,
    amount      numeric(18,2)
);
create index portfolio_scan_found_run on portfolio_scan_found (run_id);

-- A mismatch between what a customer holds and the rules, from the day a scan first found it until the day a scan
-- no longer did. subject: the product (or the issuer, for an issuer concentration; '*' for the whole portfolio);
-- fund_id 0 where the fund does not matter.
create table portfolio_mismatch (
    id            bigint generated always as identity primary key,
    customer_id   bigint        not null,
    kind          varchar(32)   not null,
    subject       varchar(200)  not null,
    fund_id       bigint        not null,
    args          text[]        not null,
    amount        numeric(18,2),
    status        varchar(8)    not null check (status in ('OPEN', 'CLOSED')),
    first_seen_on date          not null,
    last_seen_on  date          not null,
    first_run_id  bigint        not null,
    last_run_id   bigint        not null,
    closed_on     date,
    closed_run_id bigint,
    check ((status = 'CLOSED') = (closed_on is not null))
);
create unique index portfolio_mismatch_one_open on portfolio_mismatch (customer_id, kind, subject, fund_id)
    where status = 'OPEN';
create index portfolio_mismatch_customer on portfolio_mismatch (customer_id);
create index portfolio_mismatch_new on portfolio_mismatch (first_run_id);
create index portfolio_mismatch_closed on portfolio_mismatch (closed_run_id) where closed_run_id is not null;
