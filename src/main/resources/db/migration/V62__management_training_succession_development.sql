create table mgmt_training_session (
    id            bigserial primary key,
    department    varchar(64)  not null,
    topic         varchar(300) not null,
    material_ref  varchar(300),
    held_on       date,
    status        varchar(10)  not null check (status in ('PROPOSED', 'SCHEDULED', 'HELD', 'CANCELLED')),
    trigger_kind  varchar(24),
    trigger_ref   varchar(200),
    created_at    timestamptz  not null,
    unique (department, trigger_kind, trigger_ref)
);

create table mgmt_training_attendance (
    session_id  bigint       not null references mgmt_training_session (id),
    username    varchar(64)  not null,
    attended    boolean      not null,
    completed   boolean      not null,
    primary key (session_id, username)
);

create table mgmt_key_position (
    id          bigserial primary key,
    department  varchar(64)  not null,
    title       varchar(200) not null,
    holder      varchar(64)  not null,
    risk        varchar(1000) not null
);

create table mgmt_successor (
    position_id bigint       not null references mgmt_key_position (id),
    username    varchar(64)  not null,
    readiness   varchar(16)  not null check (readiness in ('READY_NOW', 'ONE_YEAR', 'TWO_YEARS_PLUS')),
    primary key (position_id, username)
);

create table mgmt_development_action (
    id          bigserial primary key,
    position_id bigint       not null references mgmt_key_position (id),
    username    varchar(64)  not null,
    action      varchar(1000) not null,
    due_on      date         not null,
    done_on     date
);

create table mgmt_prospect (
    id              bigserial primary key,
    department      varchar(64)  not null,
    owner           varchar(64)  not null,
    name            varchar(200) not null,
    source          varchar(200) not null,
    stage           varchar(10)  not null check (stage in ('NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'LOST')),
    customer_number varchar(9)   check (customer_number ~ '^C[0-9]{8}$'),
    note            varchar(2000),
    created_on      date         not null,
    changed_on      date         not null
);
create index mgmt_prospect_owner on mgmt_prospect (owner);

create table mgmt_research_note (
    id          bigserial primary key,
    department  varchar(64)  not null,
    author      varchar(64)  not null,
    topic       varchar(300) not null,
    body        text         not null,
    written_on  date         not null
);

create table mgmt_feedback (
    id              bigserial primary key,
    department      varchar(64)  not null,
    customer_number varchar(9)   not null check (customer_number ~ '^C[0-9]{8}$'),
    recorded_by     varchar(64)  not null,
    kind            varchar(12)  not null check (kind in ('COMPLAINT', 'SUGGESTION', 'PRAISE', 'NEED')),
    text            varchar(2000) not null,
    routed_to       varchar(64)  not null,
    resolution      varchar(2000),
    received_on     date         not null,
    resolved_on     date
);
create index mgmt_feedback_routed on mgmt_feedback (routed_to, resolved_on);
