-- demo: which steps of the demo bank have been seeded, so a restart (or a newer release) never seeds one twice

create table demo_seed_step (
    step      varchar(64) primary key,
    seeded_at timestamptz not null
);
