-- sales: cases from advice to release, the decisions taken for them, their timeline and evidence, and the
-- outbox of orders for core banking

create sequence sales_case_number_seq;

-- Every suitability decision taken for a sale (at opening and at submission), with its full input, so an auditor
-- can replay it against its policy version. Kept as taken: the database refuses to change or delete one.
create table suitability_decision (
    id              bigint generated always as identity primary key,
    purpose         varchar(16)  not null check (purpose in ('OPENING', 'SUBMISSION')),
    case_id         bigint,
    customer_number varchar(16)  not null,
    product_code    varchar(32)  not null,
    policy_version  varchar(64)  not null,
    input           text         not null, -- the engine's ProposedSale as JSON
    outcome         varchar(32)  not null,
    conditions      varchar(32)[] not null,
    rule_ids        varchar(16)[] not null,
    decision        text         not null, -- the whole Decision as JSON, as it was answered
    decided_by      varchar(64)  not null,
    decided_at      timestamptz  not null
);
create index suitability_decision_customer on suitability_decision (customer_number, decided_at);

create function suitability_decision_refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.case_id is null and new.case_id is not null
            and (old.input, old.decision, old.outcome) is not distinct from (new.input, new.decision, new.outcome) then
        return new; -- the opening decision is taken before its case exists; linking it once is allowed
    end if;
    raise exception 'suitability decisions are kept as taken: % refused', tg_op using errcode = 'P0001';
end;
$$;

create trigger suitability_decision_kept_as_taken
    before update or delete on suitability_decision
    for each row execute function suitability_decision_refuse_change();

create table sales_case (
    id                      bigint generated always as identity primary key,
    number                  varchar(16)   not null unique,
    customer_id             bigint        not null,
    customer_number         varchar(16)   not null,
    product_code            varchar(32)   not null,
    amount                  numeric(18, 2) not null check (amount > 0),
    currency                char(3)       not null,
    fund_id                 bigint        not null,
    customer_initiated      boolean       not null,
    channel                 varchar(8)    not null,
    practitioner            varchar(64)   not null,
    institution_code        varchar(32)   not null,
    state                   varchar(24)   not null,
    conditions              varchar(32)[] not null,
    opening_decision_id     bigint        not null references suitability_decision (id),
    submission_decision_id  bigint references suitability_decision (id),
    confirmation_request    bigint,
    cancellation_request    bigint,
    customer_confirmed_at   timestamptz,
    customer_statements     text,         -- JSON: the statements copied and written on the channel
    witness                 varchar(64),
    witnessed_at            timestamptz,
    witness_warning_given   boolean,
    witness_intent_confirmed boolean,
    application_form        varchar(200),
    application_form_sha256 char(64),
    submitted_at            timestamptz,
    cooling_off_until       timestamptz,
    released_at             timestamptz,
    cancelled_at            timestamptz,
    cancelled_by            varchar(64),
    cancel_reason           varchar(500),
    opened_at               timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null default 0
);
create index sales_case_practitioner_state on sales_case (practitioner, state);
create index sales_case_customer on sales_case (customer_number);
create index sales_case_state_institution on sales_case (state, institution_code);
create index sales_case_cooling_off on sales_case (cooling_off_until) where state = 'COOLING_OFF';

alter table suitability_decision add constraint suitability_decision_case
    foreign key (case_id) references sales_case (id);

-- The timeline of a case: every move, who made it and when.
create table sales_case_step (
    id         bigint generated always as identity primary key,
    case_id    bigint       not null references sales_case (id),
    step       varchar(32)  not null,
    from_state varchar(24),
    to_state   varchar(24)  not null,
    actor      varchar(64)  not null,
    at         timestamptz  not null,
    details    text         not null default '{}'
);
create index sales_case_step_case on sales_case_step (case_id, id);

-- REC-1: recordings kept as evidence of the sale.
create table sales_evidence (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references sales_case (id),
    document     varchar(200) not null,
    filename     varchar(200) not null,
    media_type   varchar(64)  not null,
    size_bytes   bigint       not null,
    sha256       char(64)     not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);
create index sales_evidence_case on sales_evidence (case_id);

-- Orders for core banking, written in the same transaction as the release and delivered at least once.
create table core_banking_order (
    id              bigint generated always as identity primary key,
    case_id         bigint       not null unique references sales_case (id),
    idempotency_key varchar(64)  not null unique,
    payload         text         not null,
    status          varchar(16)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    reference       varchar(64),
    created_at      timestamptz  not null,
    delivered_at    timestamptz
);
create index core_banking_order_due on core_banking_order (next_attempt_at) where status = 'PENDING';
