-- Open learning-network sessions (decisions.md 10): a session is a meeting of a group with
-- these settings; "open" lists it for every municipality of the programme's association.
alter table group_meeting add column session_since timestamptz;
alter table group_meeting add column open_session boolean not null default false;
alter table group_meeting add column capacity int check (capacity is null or capacity > 0);
alter table group_meeting add column registration_deadline date;
alter table group_meeting add column session_language varchar(8);
alter table group_meeting add column description text;
alter table group_meeting add column mentor_organisation_id bigint references organisation (id);
alter table group_meeting add column report_shared text;
alter table group_meeting add column report_next_steps text;
alter table group_meeting add column cancelled_at timestamptz;
create index group_meeting_open_idx on group_meeting (held_on) where session_since is not null and open_session;

-- one row per person and session; the place is held while REGISTERED
create table session_registration (
    id bigserial primary key,
    meeting_id bigint not null references group_meeting (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    status varchar(12) not null check (status in ('REGISTERED', 'WAITING', 'CANCELLED')),
    position bigint not null,
    registered_by_id bigint references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (meeting_id, user_id)
);
create index session_registration_user_idx on session_registration (user_id);
create index session_registration_meeting_idx on session_registration (meeting_id, status, position);

-- who came: registered people and walk-ins
create table session_attendance (
    id bigserial primary key,
    meeting_id bigint not null references group_meeting (id) on delete cascade,
    user_id bigint references app_user (id) on delete set null,
    walk_in_name varchar(200),
    walk_in_organisation_id bigint references organisation (id),
    recorded_at timestamptz not null default now(),
    check (user_id is not null or walk_in_name is not null)
);
create unique index session_attendance_user_uk on session_attendance (meeting_id, user_id) where user_id is not null;

create table session_material (
    id bigserial primary key,
    meeting_id bigint not null references group_meeting (id) on delete cascade,
    title varchar(300) not null,
    url varchar(1000),
    file_name varchar(255),
    content_type varchar(100),
    content bytea,
    added_by varchar(200) not null,
    added_at timestamptz not null default now(),
    check ((url is null) <> (content is null))
);
create index session_material_meeting_idx on session_material (meeting_id);

create table session_rating (
    meeting_id bigint not null references group_meeting (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    usefulness int not null check (usefulness between 1 and 5),
    rated_at timestamptz not null default now(),
    primary key (meeting_id, user_id)
);

create table session_question (
    id bigserial primary key,
    meeting_id bigint not null references group_meeting (id) on delete cascade,
    asked_by_id bigint references app_user (id) on delete set null,
    asked_by varchar(200) not null,
    question text not null,
    answer text,
    answered_by varchar(200),
    answered_at timestamptz,
    created_at timestamptz not null default now()
);
create index session_question_meeting_idx on session_question (meeting_id);

-- a municipality without an account asks to join an association's space
create table session_join_request (
    id bigserial primary key,
    association_id bigint not null references organisation (id) on delete cascade,
    name varchar(200) not null,
    municipality varchar(200) not null,
    email varchar(320) not null,
    client_key varchar(100) not null,
    status varchar(10) not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by varchar(200),
    decided_at timestamptz,
    created_at timestamptz not null default now()
);
create index session_join_request_association_idx on session_join_request (association_id, status);
create index session_join_request_email_idx on session_join_request (lower(email), created_at);
create index session_join_request_client_idx on session_join_request (client_key, created_at);

-- each new session is announced once per person, even with several instances
create table session_digest_sent (
    meeting_id bigint not null references group_meeting (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    sent_at timestamptz not null default now(),
    primary key (meeting_id, user_id)
);
create index session_digest_sent_user_idx on session_digest_sent (user_id);

alter table app_user add column session_digest boolean not null default true;
