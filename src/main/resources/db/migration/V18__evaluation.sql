-- The close of a group: each participant organisation's evaluation of its side, the
-- coordinator's closing summary, lessons learned and short pulse surveys.

create table evaluation (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    participant_id bigint not null references group_participant (id),
    side varchar(10) not null check (side in ('MENTEE', 'MENTOR')),
    status varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
    policy_changes text,
    helped text,
    hindered text,
    mentor_role text,
    other_actions text,
    learned text,
    changed_itself text,
    time_amount numeric(9, 1) check (time_amount >= 0),
    time_unit varchar(5) check (time_unit in ('HOURS', 'DAYS')),
    mentor_again varchar(5) check (mentor_again in ('YES', 'MAYBE', 'NO')),
    score_usefulness smallint check (score_usefulness between 1 and 5),
    score_relation smallint check (score_relation between 1 and 5),
    score_policy smallint check (score_policy between 1 and 5),
    score_practice smallint check (score_practice between 1 and 5),
    comments text,
    updated_at timestamptz not null default now(),
    updated_by varchar(200),
    submitted_at timestamptz,
    submitted_by varchar(200),
    version bigint not null default 0,
    unique (participant_id, side)
);
create index evaluation_group_idx on evaluation (group_id);

-- the actions of the participant's action plan that its evaluation says were implemented
create table evaluation_action (
    evaluation_id bigint not null references evaluation (id) on delete cascade,
    action_key uuid not null,
    title text not null,
    primary key (evaluation_id, action_key)
);

-- the coordinator's closing summary of a group
create table group_closing (
    group_id bigint primary key references mentoring_group (id) on delete cascade,
    summary text not null,
    outcome varchar(12) not null check (outcome in ('ACHIEVED', 'PARTLY', 'NOT_ACHIEVED')),
    updated_at timestamptz not null default now(),
    updated_by varchar(200),
    closed_at timestamptz,
    closed_by varchar(200),
    version bigint not null default 0
);

-- lessons learned, written for a participant organisation; published by a coordinator
-- only with the organisation's consent
create table lesson (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    participant_id bigint not null references group_participant (id),
    title varchar(200) not null,
    body text not null,
    consent boolean not null default false,
    consent_at timestamptz,
    published_at timestamptz,
    published_by varchar(200),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0,
    check (published_at is null or consent)
);
create index lesson_group_idx on lesson (group_id);
create index lesson_published_idx on lesson (published_at desc) where published_at is not null;

create table lesson_theme (
    lesson_id bigint not null references lesson (id) on delete cascade,
    theme_id bigint not null references theme (id),
    primary key (lesson_id, theme_id)
);
create index lesson_theme_theme_idx on lesson_theme (theme_id);

-- short pulse surveys of a group; opens_on is when the members are asked
create table pulse_survey (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    moment varchar(12) not null check (moment in ('AFTER_VISIT', 'MIDWAY', 'DATE')),
    visit_id bigint references visit (id) on delete set null,
    opens_on date not null,
    created_at timestamptz not null default now(),
    created_by varchar(200),
    invited_at timestamptz
);
create index pulse_survey_group_idx on pulse_survey (group_id);

-- one answer per person per survey; the person is kept only to refuse a second answer
create table pulse_answer (
    id bigserial primary key,
    survey_id bigint not null references pulse_survey (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    useful smallint not null check (useful between 1 and 5),
    heard smallint not null check (heard between 1 and 5),
    progress smallint not null check (progress between 1 and 5),
    energy smallint not null check (energy between 1 and 5),
    open_answer text,
    answered_at timestamptz not null default now(),
    unique (survey_id, user_id)
);
