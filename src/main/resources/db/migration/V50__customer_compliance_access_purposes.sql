-- customer: COMPLIANCE reads a customer record only under a stated purpose (DESIGN §6 "COMPLIANCE with a recorded
-- purpose"): a case number and a reason, open for a limited time, for one officer and one customer. Every read made
-- under it is audited with it; the counter here lets the list show at a glance how much was read.

create table customer_access_purpose (
    id              bigint generated always as identity primary key,
    officer         varchar(64)   not null,
    customer_id     bigint        not null references customer (id),
    customer_number varchar(16)   not null,
    case_number     varchar(32)   not null,
    reason          varchar(1000) not null,
    opened_at       timestamptz   not null,
    expires_at      timestamptz   not null,
    reads           int           not null default 0,
    last_read_at    timestamptz,
    check (expires_at > opened_at)
);
create index customer_access_purpose_grant on customer_access_purpose (officer, customer_id, expires_at);
create index customer_access_purpose_opened on customer_access_purpose (opened_at desc);
