-- Training sessions (chapter 4 of the guide): for all groups of a programme or for one group,
-- with an ordered agenda, attendance per person, materials and each participant's expectations.

create table training (
    id bigserial primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    -- null: the session is for every group of the programme
    group_id bigint references mentoring_group (id) on delete cascade,
    title varchar(200) not null,
    held_on date not null,
    starts_at time not null,
    ends_at time not null,
    time_zone varchar(60) not null,
    mode varchar(10) not null check (mode in ('ONLINE', 'ON_SITE')),
    meeting_link varchar(500),
    address varchar(300),
    cancelled_at timestamptz,
    attendance_recorded_at timestamptz,
    attendance_version bigint not null default 0,
    created_by varchar(200),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0,
    check (ends_at > starts_at)
);
create index training_programme_idx on training (programme_id, held_on);
create index training_group_idx on training (group_id);

-- the groups a session is for: its own group, or every group the programme had when it was
-- planned (a group formed later is not counted as trained by an earlier session)
create table training_group (
    training_id bigint not null references training (id) on delete cascade,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    primary key (training_id, group_id)
);
create index training_group_group_idx on training_group (group_id);

create table training_agenda_item (
    training_id bigint not null references training (id) on delete cascade,
    position int not null,
    title varchar(300) not null,
    primary key (training_id, position)
);

create table training_attendance (
    training_id bigint not null references training (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    attended boolean not null,
    recorded_by varchar(200),
    recorded_at timestamptz not null default now(),
    primary key (training_id, user_id)
);
create index training_attendance_user_idx on training_attendance (user_id);

-- files in their own table, so that no list loads their bytes
create table training_file (
    id bigserial primary key,
    training_id bigint not null references training (id) on delete cascade,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    content bytea not null,
    uploaded_by bigint references app_user (id) on delete set null,
    uploaded_at timestamptz not null default now()
);
create index training_file_training_idx on training_file (training_id);

create table training_link (
    id bigserial primary key,
    training_id bigint not null references training (id) on delete cascade,
    title varchar(200) not null,
    url varchar(500) not null,
    added_at timestamptz not null default now()
);
create index training_link_training_idx on training_link (training_id);

-- what each invited person expects, can bring and worries about; read by their groups
create table training_expectation (
    training_id bigint not null references training (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    expects text not null,
    contributes text,
    worries text,
    updated_at timestamptz not null default now(),
    primary key (training_id, user_id)
);
create index training_expectation_user_idx on training_expectation (user_id);
