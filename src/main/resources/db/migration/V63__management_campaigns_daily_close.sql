create table mgmt_campaign (
    id          bigserial primary key,
    department  varchar(64)  not null,
    name        varchar(200) not null,
    objective   varchar(2000) not null,
    starts_on   date         not null,
    ends_on     date         not null check (ends_on >= starts_on),
    segment     jsonb        not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null
);

create table mgmt_campaign_staff (
    campaign_id bigint       not null references mgmt_campaign (id),
    username    varchar(64)  not null,
    primary key (campaign_id, username)
);

create table mgmt_campaign_activity (
    id          bigserial primary key,
    campaign_id bigint       not null references mgmt_campaign (id),
    held_on     date         not null,
    description varchar(1000) not null,
    owner       varchar(64)  not null
);

create table mgmt_campaign_outcome (
    campaign_id     bigint       not null references mgmt_campaign (id),
    customer_number varchar(9)   not null check (customer_number ~ '^C[0-9]{8}$'),
    practitioner    varchar(64)  not null,
    outcome         varchar(10)  not null check (outcome in ('CONTACTED', 'INTERESTED', 'CONVERTED')),
    volume          numeric(20, 2) not null default 0 check (volume >= 0),
    recorded_on     date         not null,
    primary key (campaign_id, customer_number)
);

-- one kept report per department, day and revision; revision 1 is the one the end-of-day job writes, so two nodes
-- racing to write it end with one row (insert ... on conflict do nothing)
create table mgmt_daily_close (
    department   varchar(64)  not null,
    business_day date         not null,
    revision     int          not null,
    generated_at timestamptz  not null,
    generated_by varchar(64)  not null,
    content      jsonb        not null,
    primary key (department, business_day, revision)
);
