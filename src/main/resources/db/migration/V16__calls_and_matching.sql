-- Calls for cities within a programme, the applications of mentee and mentor cities,
-- the programme's matching weights and the matches a coordinator drafts and publishes.
create table matching_call (
    id bigserial primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    title varchar(200) not null,
    description text,
    deadline date not null,
    groups_wanted int check (groups_wanted between 1 and 500),
    open boolean not null default true,
    acceptance_required boolean not null default false,
    created_by bigint references app_user (id),
    created_at timestamptz not null default now(),
    version bigint not null default 0
);
create index matching_call_programme_idx on matching_call (programme_id, deadline desc);
create table matching_call_theme (
    call_id bigint not null references matching_call (id) on delete cascade,
    theme_id bigint not null references theme (id),
    primary key (call_id, theme_id)
);

-- a mentee application owns a forming group (decisions.md 8); a mentor application a capacity
create table call_application (
    id bigserial primary key,
    call_id bigint not null references matching_call (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    side varchar(10) not null check (side in ('MENTEE', 'MENTOR')),
    group_id bigint references mentoring_group (id) on delete set null,
    participant_id bigint references group_participant (id) on delete set null,
    capacity int check (capacity between 1 and 50),
    motivation text,
    status varchar(20) not null default 'SUBMITTED' check (status in ('SUBMITTED', 'WITHDRAWN')),
    applied_by bigint references app_user (id),
    applied_by_name varchar(200) not null,
    applied_at timestamptz not null default now(),
    withdrawn_at timestamptz,
    version bigint not null default 0,
    check (side = 'MENTEE' or capacity is not null)
);
create unique index call_application_active_uk on call_application (call_id, organisation_id, side)
    where status = 'SUBMITTED';
create index call_application_call_idx on call_application (call_id, side);
create index call_application_group_idx on call_application (group_id);
create index call_application_organisation_idx on call_application (organisation_id);
create table call_application_theme (
    application_id bigint not null references call_application (id) on delete cascade,
    theme_id bigint not null references theme (id),
    primary key (application_id, theme_id)
);
create table call_application_language (
    application_id bigint not null references call_application (id) on delete cascade,
    language varchar(8) not null,
    primary key (application_id, language)
);

-- criterion weights per programme; a programme without a row uses the defaults
create table matching_weights (
    programme_id bigint primary key references programme (id) on delete cascade,
    needs int not null check (needs between 0 and 100),
    focus int not null check (focus between 0 and 100),
    profile int not null check (profile between 0 and 100),
    governance int not null check (governance between 0 and 100),
    language int not null check (language between 0 and 100),
    capacity int not null check (capacity between 0 and 100),
    version bigint not null default 0,
    check (needs + focus + profile + governance + language + capacity > 0)
);

-- one match per mentee application: drafted, proposed (waiting for both sides) or published
create table call_match (
    id bigserial primary key,
    call_id bigint not null references matching_call (id) on delete cascade,
    mentee_application_id bigint not null unique references call_application (id) on delete cascade,
    mentor_application_id bigint not null references call_application (id) on delete cascade,
    status varchar(20) not null default 'DRAFT' check (status in ('DRAFT', 'PROPOSED', 'PUBLISHED')),
    suggested boolean not null default false,
    score int check (score between 0 and 100),
    reason text,
    mentee_accepted_at timestamptz,
    mentor_accepted_at timestamptz,
    declined_reason text,
    declined_by varchar(200),
    declined_at timestamptz,
    drafted_by varchar(200) not null,
    drafted_at timestamptz not null default now(),
    published_at timestamptz,
    version bigint not null default 0,
    check (suggested or reason is not null)
);
create index call_match_call_idx on call_match (call_id, status);
create index call_match_mentor_idx on call_match (mentor_application_id);
