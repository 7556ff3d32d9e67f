-- Personal calendar feeds (a secret address per person) and e-mail reminders of visits.

-- only the SHA-256 hash of a feed token is kept; one feed per person (a new one replaces it)
create table calendar_feed (
    user_id bigint primary key references app_user (id) on delete cascade,
    token_hash bytea not null unique,
    created_at timestamptz not null default now()
);

-- a reminder is claimed here before it is sent, so it goes out once even with several instances
create table reminder_sent (
    kind varchar(30) not null,
    subject_id bigint not null,
    user_id bigint not null references app_user (id) on delete cascade,
    due_on date not null,
    sent_at timestamptz not null default now(),
    primary key (kind, subject_id, user_id, due_on)
);
create index reminder_sent_user_idx on reminder_sent (user_id);

alter table app_user add column visit_reminders boolean not null default true;
