-- customer: the client book. Identity and phone numbers are stored encrypted (AES-GCM, application key) next to a
-- keyed hash (HMAC-SHA256) used to find them, so a dump of these tables does not reveal them. Staff are referred to
-- by username: the customer module does not reach into the organization's tables.

create sequence customer_number_seq start with 10000001 maxvalue 99999999;

create table customer (
    id                    bigint generated always as identity primary key,
    number                varchar(9)   not null unique check (number ~ '^C[0-9]{8}$'),
    full_name             varchar(100) not null,
    gender                varchar(8)   not null check (gender in ('FEMALE', 'MALE')),
    birth_date            date         not null,
    identity_type         varchar(32)  not null check (identity_type in ('PRC_RESIDENT_ID', 'PRC_PASSPORT',
                              'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PASSPORT')),
    identity_cipher       text         not null,
    identity_hash         char(64)     not null,
    phone_cipher          text         not null,
    phone_hash            char(64)     not null,
    address               varchar(300) not null,
    occupation            varchar(100) not null,
    income_band           varchar(32)  not null,
    family_situation      varchar(32)  not null,
    investment_experience varchar(32)  not null,
    practitioner          varchar(64)  not null,
    created_by            varchar(64)  not null,
    created_at            timestamptz  not null,
    unique (identity_type, identity_hash)
);
create index customer_practitioner on customer (practitioner);
create index customer_phone_hash on customer (phone_hash);
create index customer_birth_date on customer (birth_date);

-- Scanned copies (guardian documents): the bytes encrypted like the numbers; type and size checked on upload.
create table customer_document (
    id           bigint generated always as identity primary key,
    customer_id  bigint       not null references customer (id),
    content_type varchar(32)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    file_name    varchar(200) not null,
    size_bytes   int          not null check (size_bytes > 0 and size_bytes <= 5242880),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);
create index customer_document_customer on customer_document (customer_id);

create table guardian (
    id              bigint generated always as identity primary key,
    customer_id     bigint       not null references customer (id),
    full_name       varchar(100) not null,
    relationship    varchar(32)  not null,
    identity_type   varchar(32)  not null,
    identity_cipher text         not null,
    identity_hash   char(64)     not null,
    phone_cipher    text         not null,
    document_type   varchar(32)  not null check (document_type in ('HOUSEHOLD_REGISTER', 'BIRTH_CERTIFICATE', 'COURT_ORDER')),
    document_number varchar(64)  not null,
    scan_id         bigint references customer_document (id),
    verified_by     varchar(64),
    verified_at     timestamptz,
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null,
    check ((verified_by is null) = (verified_at is null)),
    check (verified_at is null or scan_id is not null)
);
create index guardian_customer on guardian (customer_id);

create table fund (
    id             bigint generated always as identity primary key,
    customer_id    bigint        not null references customer (id),
    amount         numeric(18,2) not null check (amount > 0),
    currency       char(3)       not null,
    purpose        varchar(16)   not null check (purpose in ('GENERAL', 'PENSION', 'RETIREMENT', 'EDUCATION', 'MEDICAL', 'HOUSING')),
    needed_back_on date          not null,
    note           varchar(500),
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null
);
create index fund_customer on fund (customer_id);

-- REC-2: the six items of the notice, all required; promises staff must not make are flagged, never dropped.
create table interview (
    id                    bigint generated always as identity primary key,
    customer_id           bigint        not null references customer (id),
    held_on               date          not null,
    financial_situation   varchar(2000) not null,
    investment_objectives varchar(2000) not null,
    products_considered   varchar(2000) not null,
    reasons_not_bought    varchar(2000) not null,
    unmet_needs           varchar(2000) not null,
    family_situation      varchar(2000) not null,
    recorded_by           varchar(64)   not null,
    recorded_at           timestamptz   not null
);
create index interview_customer on interview (customer_id);

create table interview_flag (
    id              bigint generated always as identity primary key,
    interview_id    bigint        not null unique references interview (id),
    hits            text          not null, -- JSON: [{field, phrase, excerpt}]
    status          varchar(16)   not null check (status in ('OPEN', 'RESOLVED')),
    raised_at       timestamptz   not null,
    resolved_by     varchar(64),
    resolved_at     timestamptz,
    resolution      varchar(1000),
    check ((status = 'RESOLVED') = (resolved_by is not null))
);
create index interview_flag_open on interview_flag (status) where status = 'OPEN';

create table referral (
    id               bigint generated always as identity primary key,
    prospect_name    varchar(100) not null,
    phone_cipher     text         not null,
    phone_hash       char(64)     not null,
    note             varchar(1000),
    referred_by      varchar(64)  not null,
    practitioner     varchar(64)  not null,
    status           varchar(16)  not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    created_at       timestamptz  not null,
    decided_at       timestamptz,
    decline_reason   varchar(500),
    customer_id      bigint references customer (id),
    check ((status = 'PENDING') = (decided_at is null)),
    check (status <> 'ACCEPTED' or customer_id is not null),
    check (status <> 'DECLINED' or decline_reason is not null)
);
create index referral_practitioner on referral (practitioner, status);
create index referral_referred_by on referral (referred_by);

-- Work to do about a customer (or, like a referral, about a prospect). Other modules raise tasks through the
-- customer module's facade; the dedup key keeps one open task per cause.
create table customer_task (
    id          bigint generated always as identity primary key,
    customer_id bigint references customer (id),
    assignee    varchar(64)  not null,
    type        varchar(64)  not null,
    text_key    varchar(128) not null,
    text_args   text         not null, -- JSON array of strings
    dedup_key   varchar(200) not null,
    status      varchar(8)   not null check (status in ('OPEN', 'DONE')),
    due_on      date,
    created_at  timestamptz  not null,
    closed_at   timestamptz,
    check ((status = 'DONE') = (closed_at is not null))
);
create unique index customer_task_one_open_per_cause on customer_task (dedup_key) where status = 'OPEN';
create index customer_task_customer on customer_task (customer_id) where status = 'OPEN';
create index customer_task_assignee on customer_task (assignee) where status = 'OPEN';
