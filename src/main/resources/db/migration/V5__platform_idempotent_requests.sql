-- platform: responses to POSTs sent with an Idempotency-Key, so a retried request has exactly one effect

create table idempotent_request (
    username      varchar(64)  not null,
    key           varchar(128) not null,
    method        varchar(8)   not null,
    path          varchar(512) not null,
    request_hash  char(64)     not null,
    status        int,                      -- null while the first request is still being handled
    content_type  varchar(128),
    response_body bytea,
    location      varchar(512),
    created_at    timestamptz  not null,
    primary key (username, key)
);
create index idempotent_request_created on idempotent_request (created_at);
