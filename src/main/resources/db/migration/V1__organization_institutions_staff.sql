-- organization: the institution tree, staff accounts and roles, assistants, teams, qualification certificates

create table institution (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    name        varchar(200) not null,
    type        varchar(16)  not null check (type in ('HEAD_OFFICE', 'BRANCH', 'SUB_BRANCH', 'OUTLET')),
    parent_id   bigint references institution (id),
    created_at  timestamptz  not null,
    check ((type = 'HEAD_OFFICE') = (parent_id is null))
);
create unique index institution_single_head_office on institution (type) where type = 'HEAD_OFFICE';
create index institution_parent on institution (parent_id);

create table staff (
    id             bigint generated always as identity primary key,
    username       varchar(64)  not null unique,
    full_name      varchar(200) not null,
    institution_id bigint       not null references institution (id),
    password_hash  varchar(200) not null,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null
);
create index staff_institution on staff (institution_id);

create table staff_role (
    staff_id bigint      not null references staff (id),
    role     varchar(32) not null check (role in ('PRACTITIONER', 'ASSISTANT', 'STAFF', 'RETAIL_HEAD',
        'RETAIL_DIRECTOR', 'MARKETING_MANAGER', 'DEPARTMENT_MANAGER', 'PRODUCT_OFFICER', 'COMPLIANCE', 'ADMIN')),
    primary key (staff_id, role)
);

create table assistant_assignment (
    assistant_id    bigint not null references staff (id),
    practitioner_id bigint not null references staff (id),
    primary key (assistant_id, practitioner_id),
    check (assistant_id <> practitioner_id)
);
create index assistant_assignment_practitioner on assistant_assignment (practitioner_id);

create table team (
    id             bigint generated always as identity primary key,
    code           varchar(32)  not null unique,
    name           varchar(200) not null,
    institution_id bigint       not null references institution (id),
    leader_id      bigint       not null references staff (id),
    created_at     timestamptz  not null
);

create table team_member (
    team_id  bigint not null references team (id),
    staff_id bigint not null references staff (id),
    primary key (team_id, staff_id)
);
create index team_member_staff on team_member (staff_id);

create table certificate (
    id             bigint generated always as identity primary key,
    staff_id       bigint       not null references staff (id),
    number         varchar(64)  not null unique,
    issued_on      date         not null,
    expires_on     date         not null,
    revoked_on     date,
    revoked_reason varchar(500),
    created_at     timestamptz  not null,
    check (expires_on >= issued_on),
    check ((revoked_on is null) = (revoked_reason is null))
);
create index certificate_staff on certificate (staff_id);
