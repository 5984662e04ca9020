-- audit: the hash-chained, append-only trail (DESIGN §5)

create table audit_event (
    seq          bigint       primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(64)  not null,
    event_type   varchar(64)  not null,
    subject_type varchar(64)  not null,
    subject_id   varchar(128) not null,
    details      text         not null, -- canonical JSON, hashed byte for byte
    prev_hash    char(64)     not null,
    hash         char(64)     not null
);
create index audit_event_subject on audit_event (subject_type, subject_id);
create index audit_event_type_time on audit_event (event_type, occurred_at);
create index audit_event_actor_time on audit_event (actor, occurred_at);

-- The head of the chain: one row, locked by each appending transaction until it commits, so the chain follows
-- commit order and a rolled-back append leaves no gap.
create table audit_chain_head (
    id        int      primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % refused', tg_op using errcode = 'P0001';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
