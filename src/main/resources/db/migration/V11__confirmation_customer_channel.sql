-- confirmation: the customer channel (CONF-1). A request holds what the customer must read, copy, write and answer;
-- its link carries a random token (only its SHA-256 is stored) and one-time codes go to the registered phone (only
-- their keyed hash is stored). The phone numbers needed to resend a code are encrypted.

create table confirmation_request (
    id                       bigint generated always as identity primary key,
    token_hash               char(64)     not null unique,
    kind                     varchar(32)  not null,
    subject_reference        varchar(128) not null,
    customer_id              bigint       not null,
    customer_number          varchar(16)  not null,
    content                  text         not null, -- JSON: title, sections, statements, questions, second party
    customer_phone_cipher    text         not null,
    second_party_phone_cipher text,
    requested_by             varchar(64)  not null,
    requested_by_name        varchar(200) not null,
    requested_address        varchar(64),
    requested_user_agent     varchar(512),
    requested_device         varchar(64),
    status                   varchar(16)  not null check (status in ('PENDING', 'CONFIRMED', 'DECLINED', 'WITHDRAWN', 'LOCKED')),
    created_at               timestamptz  not null,
    expires_at               timestamptz  not null,
    failed_attempts          int          not null default 0,
    codes_sent               int          not null default 0,
    opened_sections          text[]       not null default '{}',
    completed_at             timestamptz,
    response                 text, -- JSON: answers, copied statements, special statement, second party agreement
    completed_address        varchar(64),
    completed_user_agent     varchar(512),
    completed_device         varchar(64),
    possible_proxy           boolean      not null default false,
    check ((status = 'PENDING') = (completed_at is null))
);
create index confirmation_request_subject on confirmation_request (subject_reference);
create index confirmation_request_customer on confirmation_request (customer_id);

create table confirmation_code (
    request_id bigint      not null references confirmation_request (id),
    party      varchar(16) not null check (party in ('CUSTOMER', 'SECOND_PARTY')),
    code_hash  char(64)    not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    primary key (request_id, party)
);

-- "A confirmation from the practitioner's own address or device is flagged for COMPLIANCE."
create table confirmation_proxy_flag (
    id           bigint generated always as identity primary key,
    request_id   bigint        not null unique references confirmation_request (id),
    reasons      varchar(200)  not null,
    status       varchar(16)   not null check (status in ('OPEN', 'RESOLVED')),
    raised_at    timestamptz   not null,
    resolved_by  varchar(64),
    resolved_at  timestamptz,
    resolution   varchar(1000),
    check ((status = 'RESOLVED') = (resolved_by is not null))
);

-- Demo mode only: what the in-process notifier "sent" to customers' phones.
create table confirmation_demo_outbox (
    id         bigint generated always as identity primary key,
    request_id bigint       not null,
    phone      varchar(32)  not null,
    text       varchar(2000) not null,
    sent_at    timestamptz  not null
);
create index confirmation_demo_outbox_sent on confirmation_demo_outbox (sent_at desc);
