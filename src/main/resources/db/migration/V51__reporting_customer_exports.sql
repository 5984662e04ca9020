-- reporting: the one way customer-level data leaves the screens (PRIV-1: "no copying or export of customer data
-- without an approved export"). A request states a purpose; a compliance officer other than the requester approves
-- or rejects it; the requester downloads the file once, within a short time after approval. The file is not kept:
-- it is produced at that one download, watermarked, and only its hash and row count stay here.

create table customer_export (
    id               bigint generated always as identity primary key,
    institution_code varchar(32)   not null,
    purpose          varchar(32)   not null check (purpose in ('REGULATORY_REQUEST', 'INTERNAL_AUDIT',
                         'CUSTOMER_REMEDIATION', 'COURT_ORDER')),
    reason           varchar(1000) not null,
    requested_by     varchar(64)   not null,
    requested_at     timestamptz   not null,
    status           varchar(16)   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'DOWNLOADED')),
    decided_by       varchar(64),
    decided_at       timestamptz,
    decision_note    varchar(1000),
    download_until   timestamptz,
    downloaded_at    timestamptz,
    rows_exported    int,
    file_sha256      char(64),
    -- four eyes: whoever decides is not whoever asked
    check (decided_by is null or decided_by <> requested_by),
    check ((status = 'REQUESTED') = (decided_by is null)),
    check ((status = 'DOWNLOADED') = (downloaded_at is not null))
);
create index customer_export_requested on customer_export (requested_at desc);
