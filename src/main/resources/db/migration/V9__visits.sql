-- Mentoring visits of a group (chapter 5 of the guide) and the meetings between them.

create table visit (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    number int not null check (number > 0),
    host_organisation_id bigint references organisation (id) on delete set null,
    mode varchar(10) not null check (mode in ('ON_SITE', 'VIRTUAL')),
    meeting_link varchar(500),
    place varchar(300),
    starts_on date not null,
    ends_on date not null,
    time_zone varchar(60) not null,
    purpose text,
    questions text,
    status varchar(12) not null default 'PLANNED' check (status in ('PLANNED', 'CONFIRMED', 'HELD', 'CANCELLED')),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    updated_by varchar(200),
    version bigint not null default 0,
    check (ends_on >= starts_on)
);
create index visit_group_idx on visit (group_id, starts_on);
create index visit_host_idx on visit (host_organisation_id);

-- online or on-site meetings between visits; confidential notes like visit notes
create table group_meeting (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    title varchar(300) not null,
    mode varchar(10) not null check (mode in ('ON_SITE', 'ONLINE')),
    held_on date not null,
    starts_at time,
    ends_at time,
    time_zone varchar(60) not null,
    place varchar(300),
    meeting_link varchar(500),
    notes text,
    notes_shared boolean not null default false,
    created_by_id bigint references app_user (id) on delete set null,
    created_by varchar(200),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0,
    check (ends_at is null or starts_at is null or ends_at >= starts_at)
);
create index group_meeting_group_idx on group_meeting (group_id, held_on);
create index group_meeting_created_by_idx on group_meeting (created_by_id);
create table group_meeting_participant (
    meeting_id bigint not null references group_meeting (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    primary key (meeting_id, user_id)
);
create index group_meeting_participant_user_idx on group_meeting_participant (user_id);
