-- assessment: a customer's risk-tolerance assessments and the repeat-assessment review queue (ASSESS-3).
-- STARTED (sent to the customer channel) -> EFFECTIVE, or AWAITING_REVIEW -> EFFECTIVE | REJECTED;
-- CANCELLED (withdrawn by staff or declined by the customer); an EFFECTIVE one becomes SUPERSEDED when a newer one
-- takes effect. Expiry is not a state: an assessment effective on day E is valid on days E .. valid_through
-- (E + validity - 1, the validity in force when it took effect).

create table assessment (
    id                      bigint generated always as identity primary key,
    customer_id             bigint       not null,
    customer_number         varchar(16)  not null,
    questionnaire_version   int          not null references questionnaire (version),
    status                  varchar(16)  not null check (status in ('STARTED', 'AWAITING_REVIEW', 'EFFECTIVE',
                                'SUPERSEDED', 'REJECTED', 'CANCELLED')),
    location                varchar(16)  not null check (location in ('IN_PERSON', 'REMOTE')),
    institution_code        varchar(32)  not null,
    guardian_id             bigint,
    started_by              varchar(64)  not null,
    started_at              timestamptz  not null,
    confirmation_request_id bigint,
    answers                 text,
    total_score             int,
    result                  varchar(8)   check (result in ('FAILED', 'C1', 'C2', 'C3', 'C4', 'C5')),
    disqualified_by         varchar(64),
    confirmed_at            timestamptz,
    confirmed_on            date,
    possible_proxy          boolean      not null default false,
    review_triggers         varchar(200),
    previous_level          varchar(8),
    previous_confirmed_on   date,
    denied_sale_on          date,
    level_rise              boolean      not null default false,
    reviewed_by             varchar(64),
    reviewed_at             timestamptz,
    review_reason           varchar(1000),
    effective_on            date,
    valid_through           date,
    cancelled_reason        varchar(500),
    legacy_reference        varchar(64),
    check ((status in ('EFFECTIVE', 'SUPERSEDED')) = (effective_on is not null)),
    check (effective_on is null or valid_through >= effective_on),
    check (status in ('STARTED', 'CANCELLED') or result is not null)
);
create index assessment_customer on assessment (customer_id, effective_on);
create index assessment_review on assessment (status) where status = 'AWAITING_REVIEW';
create unique index assessment_one_open_per_customer on assessment (customer_id)
    where status in ('STARTED', 'AWAITING_REVIEW');
create index assessment_valid_through on assessment (valid_through) where status = 'EFFECTIVE';

-- Sale attempts the policy denied, as the sales module reports them: ASSESS-3 sends an assessment confirmed within
-- a few days after one to review.
create table denied_sale_attempt (
    id          bigint generated always as identity primary key,
    customer_id bigint       not null,
    denied_on   date         not null,
    reference   varchar(128) not null unique,
    recorded_at timestamptz  not null
);
create index denied_sale_attempt_customer on denied_sale_attempt (customer_id, denied_on);
