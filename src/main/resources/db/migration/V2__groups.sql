-- learning networks: a programme's goals and their actions (each action is served by groups)
create table programme_goal (
    id bigserial primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    number int,
    title varchar(300) not null,
    sort_order int not null default 0
);
create index programme_goal_programme_idx on programme_goal (programme_id);
create table programme_action (
    id bigserial primary key,
    goal_id bigint not null references programme_goal (id) on delete cascade,
    number int,
    title varchar(300) not null,
    sort_order int not null default 0
);
create index programme_action_goal_idx on programme_action (goal_id);

-- mentoring groups
create table mentoring_group (
    id bigserial primary key,
    programme_id bigint not null references programme (id),
    action_id bigint references programme_action (id),
    title varchar(200) not null,
    focus text,
    start_date date,
    end_date date,
    status varchar(20) not null check (status in ('FORMING', 'ACTIVE', 'IMPLEMENTING', 'CLOSED')),
    agreement_date date,
    agreement_reference varchar(300),
    shared_goals text,
    exit_clause text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    last_activity_at timestamptz not null default now(),
    version bigint not null default 0,
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index mentoring_group_programme_idx on mentoring_group (programme_id);
create index mentoring_group_action_idx on mentoring_group (action_id);
create index mentoring_group_status_idx on mentoring_group (programme_id, status);
create table group_theme (
    group_id bigint not null references mentoring_group (id) on delete cascade,
    theme_id bigint not null references theme (id),
    primary key (group_id, theme_id)
);
create index group_theme_theme_idx on group_theme (theme_id);
create table group_language (
    group_id bigint not null references mentoring_group (id) on delete cascade,
    language varchar(8) not null,
    primary key (group_id, language)
);
create table group_participant (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    side varchar(10) not null check (side in ('MENTEE', 'MENTOR', 'BOTH')),
    role varchar(20) not null check (role in ('CITY', 'ASSOCIATION', 'FACILITATOR')),
    unique (group_id, organisation_id)
);
create index group_participant_organisation_idx on group_participant (organisation_id);

-- access: people in a group, each for one participant organisation
create table group_member (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    participant_id bigint not null references group_participant (id),
    user_id bigint not null references app_user (id),
    role varchar(20) not null check (role in ('LEAD_OFFICER', 'OFFICER', 'POLITICIAN', 'SUPPORT')),
    joined_at timestamptz not null default now(),
    removed_at timestamptz
);
create unique index group_member_active_uk on group_member (group_id, user_id) where removed_at is null;
create index group_member_user_idx on group_member (user_id);
create index group_member_participant_idx on group_member (participant_id);

-- invitations by e-mail, to a group or to coordinate a programme
create table invitation (
    id bigserial primary key,
    token_hash varchar(64) not null unique,
    email varchar(320) not null,
    kind varchar(30) not null check (kind in ('GROUP_MEMBER', 'PROGRAMME_COORDINATOR')),
    programme_id bigint not null references programme (id) on delete cascade,
    group_id bigint references mentoring_group (id) on delete cascade,
    participant_id bigint references group_participant (id) on delete cascade,
    member_role varchar(20),
    invited_by bigint references app_user (id),
    created_at timestamptz not null default now(),
    sent_at timestamptz not null default now(),
    expires_at timestamptz not null,
    accepted_at timestamptz,
    accepted_by bigint references app_user (id),
    withdrawn_at timestamptz
);
create index invitation_group_idx on invitation (group_id);
create index invitation_programme_idx on invitation (programme_id);
create index invitation_email_idx on invitation (lower(email));

-- the activity history: append-only
create table activity (
    id bigserial primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    group_id bigint references mentoring_group (id) on delete cascade,
    actor_id bigint references app_user (id),
    actor_name varchar(200) not null,
    kind varchar(40) not null,
    subject varchar(300),
    created_at timestamptz not null default now()
);
create index activity_group_idx on activity (group_id, created_at desc);
create index activity_programme_idx on activity (programme_id, created_at desc);
create function activity_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the activity history cannot be changed';
end;
$$;
create trigger activity_append_only before update or delete on activity
    for each row when (pg_trigger_depth() = 0) execute function activity_is_append_only();
