-- management: a department is keyed by its DEPARTMENT_MANAGER's username (see docs/management.md); staff are
-- referred to by username and customers by customer number, never by another module's table.

create table mgmt_plan (
    id          bigserial primary key,
    department  varchar(64)  not null,
    horizon     varchar(8)   not null check (horizon in ('SHORT', 'MEDIUM', 'LONG')),
    title       varchar(200) not null,
    starts_on   date         not null,
    ends_on     date         not null check (ends_on >= starts_on),
    goals       text         not null,
    strategy    text         not null,
    revision    int          not null default 1,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index mgmt_plan_department on mgmt_plan (department);

create table mgmt_plan_measure (
    plan_id     bigint       not null references mgmt_plan (id),
    metric      varchar(24)  not null,
    target      numeric(20, 2) not null,
    primary key (plan_id, metric)
);

-- each revision keeps the text it replaced and why it was changed
create table mgmt_plan_revision (
    plan_id     bigint       not null references mgmt_plan (id),
    revision    int          not null,
    title       varchar(200) not null,
    goals       text         not null,
    strategy    text         not null,
    reason      text         not null,
    revised_by  varchar(64)  not null,
    revised_at  timestamptz  not null,
    primary key (plan_id, revision)
);

create table mgmt_plan_review (
    id          bigserial primary key,
    plan_id     bigint       not null references mgmt_plan (id),
    reviewed_on date         not null,
    completion  int          not null check (completion between 0 and 100),
    findings    text         not null,
    reviewed_by varchar(64)  not null,
    reviewed_at timestamptz  not null
);

create table mgmt_target (
    id           bigserial primary key,
    department   varchar(64)  not null,
    level        varchar(12)  not null check (level in ('DEPARTMENT', 'TEAM', 'INDIVIDUAL')),
    subject      varchar(64)  not null,
    parent_id    bigint       references mgmt_target (id),
    period_kind  varchar(8)   not null check (period_kind in ('MONTH', 'QUARTER', 'YEAR')),
    period_start date         not null,
    period_end   date         not null,
    metric       varchar(24)  not null,
    target       numeric(20, 2) not null check (target >= 0),
    set_by       varchar(64)  not null,
    set_at       timestamptz  not null,
    unique (department, level, subject, metric, period_kind, period_start)
);
create index mgmt_target_period on mgmt_target (department, period_start, period_end);

create table mgmt_contact_frequency (
    department  varchar(64)  not null,
    tier        varchar(16)  not null,
    every_days  int          not null check (every_days between 1 and 366),
    primary key (department, tier)
);

-- the quality customers a practitioner looks after, with their tier (phase 2: the tier follows AUM)
create table mgmt_care_customer (
    customer_number varchar(9)  primary key check (customer_number ~ '^C[0-9]{8}$'),
    department      varchar(64) not null,
    practitioner    varchar(64) not null,
    tier            varchar(16) not null,
    registered_on   date        not null
);
create index mgmt_care_customer_practitioner on mgmt_care_customer (practitioner);

create table mgmt_contact (
    id              bigserial primary key,
    customer_number varchar(9)   not null check (customer_number ~ '^C[0-9]{8}$'),
    practitioner    varchar(64)  not null,
    contacted_on    date         not null,
    channel         varchar(16)  not null,
    summary         varchar(1000) not null,
    campaign_id     bigint,
    recorded_at     timestamptz  not null
);
create index mgmt_contact_practitioner_day on mgmt_contact (practitioner, contacted_on);
create index mgmt_contact_customer on mgmt_contact (customer_number, contacted_on);

create table mgmt_satisfaction (
    id              bigserial primary key,
    customer_number varchar(9)   not null check (customer_number ~ '^C[0-9]{8}$'),
    practitioner    varchar(64)  not null,
    surveyed_on     date         not null,
    score           numeric(3, 1) not null check (score between 1 and 5),
    remark          varchar(1000),
    recorded_at     timestamptz  not null
);
create index mgmt_satisfaction_practitioner_day on mgmt_satisfaction (practitioner, surveyed_on);
