-- performance indicators per post (the role the appraisal is for) with weights adding up to 100
create table mgmt_indicator (
    department  varchar(64)  not null,
    post        varchar(24)  not null,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    metric      varchar(24),
    weight      int          not null check (weight between 1 and 100),
    position    int          not null,
    primary key (department, post, code)
);

create table mgmt_appraisal (
    id          bigserial primary key,
    department  varchar(64)  not null,
    employee    varchar(64)  not null,
    post        varchar(24)  not null,
    month       date         not null,
    state       varchar(12)  not null check (state in ('DRAFT', 'VERIFIED', 'CONFIRMED', 'DISPUTED', 'FINALISED')),
    total_score numeric(6, 2),
    version     int          not null default 0,
    created_at  timestamptz  not null,
    unique (employee, month)
);

create table mgmt_appraisal_item (
    appraisal_id bigint       not null references mgmt_appraisal (id),
    code         varchar(32)  not null,
    name         varchar(200) not null,
    metric       varchar(24),
    weight       int          not null,
    position     int          not null,
    target       numeric(20, 2),
    actual       numeric(20, 2),
    score        numeric(6, 2),
    note         varchar(500),
    primary key (appraisal_id, code)
);

create table mgmt_appraisal_step (
    appraisal_id bigint       not null references mgmt_appraisal (id),
    seq          int          not null,
    from_state   varchar(12),
    to_state     varchar(12)  not null,
    actor        varchar(64)  not null,
    reason       varchar(1000),
    at           timestamptz  not null,
    primary key (appraisal_id, seq)
);

create table mgmt_team_lead (
    department  varchar(64)  not null,
    team_code   varchar(32)  not null,
    username    varchar(64)  not null,
    primary key (department, team_code)
);

create table mgmt_meeting_schedule (
    id          bigserial primary key,
    department  varchar(64)  not null,
    kind        varchar(24)  not null check (kind in ('ALL_STAFF_WEEKLY', 'TEAM_MANAGERS_DAILY')),
    weekday     varchar(9),
    at_time     time         not null,
    starts_on   date         not null,
    unique (department, kind)
);

create table mgmt_meeting (
    id          bigserial primary key,
    schedule_id bigint       not null references mgmt_meeting_schedule (id),
    held_on     date         not null,
    agenda      text         not null,
    minutes     text         not null,
    chaired_by  varchar(64)  not null,
    recorded_at timestamptz  not null
);
create index mgmt_meeting_held on mgmt_meeting (schedule_id, held_on);

create table mgmt_meeting_attendance (
    meeting_id  bigint       not null references mgmt_meeting (id),
    username    varchar(64)  not null,
    present     boolean      not null,
    primary key (meeting_id, username)
);

create table mgmt_meeting_decision (
    meeting_id  bigint       not null references mgmt_meeting (id),
    seq         int          not null,
    text        varchar(1000) not null,
    primary key (meeting_id, seq)
);

create table mgmt_follow_up (
    id          bigserial primary key,
    meeting_id  bigint       not null references mgmt_meeting (id),
    text        varchar(1000) not null,
    owner       varchar(64)  not null,
    due_on      date         not null,
    done_on     date
);
create index mgmt_follow_up_owner on mgmt_follow_up (owner, done_on);
