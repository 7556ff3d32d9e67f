-- Action plans (annex 6). The plan's header (title, vision, needs it answers, stage of the
-- version) is a form of the form machinery; its parts and actions are typed rows here,
-- copied into an immutable snapshot when a version is submitted.

alter table form_document drop constraint form_document_kind_check;
alter table form_document add constraint form_document_kind_check
    check (kind in ('NEEDS_ANALYSIS', 'MENTOR_PROFILE', 'LOCAL_CONTEXT', 'NATIONAL_CONTEXT', 'ACTION_PLAN'));

-- settings of a plan beside its form document
create table action_plan (
    document_id bigint primary key references form_document (id) on delete cascade,
    monitoring_interval_months int not null default 3 check (monitoring_interval_months between 1 and 12),
    amendment_reason text,
    version bigint not null default 0
);

-- parts of a plan (A: long-term plan, B: pilot project, …)
create table plan_part (
    id bigserial primary key,
    document_id bigint not null references form_document (id) on delete cascade,
    position int not null,
    title varchar(300) not null,
    version bigint not null default 0
);
create index plan_part_document_idx on plan_part (document_id, position);

-- one row per action, the template's six columns; action_key stays the same across versions
create table plan_action (
    id bigserial primary key,
    document_id bigint not null references form_document (id) on delete cascade,
    part_id bigint not null references plan_part (id) on delete restrict,
    action_key uuid not null unique,
    position int not null,
    title varchar(500) not null,
    outcomes text,
    starts_on date,
    ends_on date,
    by_month boolean not null default true,
    lead_name varchar(300),
    lead_user_id bigint references app_user (id) on delete set null,
    resources text,
    funding numeric(14, 2) check (funding is null or funding >= 0),
    measuring text,
    updated_at timestamptz not null default now(),
    updated_by varchar(200),
    version bigint not null default 0,
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index plan_action_document_idx on plan_action (document_id, position);
create index plan_action_part_idx on plan_action (part_id, position);
create index plan_action_lead_idx on plan_action (lead_user_id);

-- indicators of success of an action, each with a target
create table plan_indicator (
    id bigserial primary key,
    action_id bigint not null references plan_action (id) on delete cascade,
    indicator_key uuid not null unique,
    position int not null,
    name varchar(300) not null,
    target numeric(14, 2) not null,
    unit varchar(40)
);
create index plan_indicator_action_idx on plan_indicator (action_id, position);

-- the parts and actions of a submitted version as they were, never changed afterwards
create table plan_version (
    version_id bigint primary key references form_version (id) on delete cascade,
    content jsonb not null,
    amendment_reason text
);
create trigger plan_version_immutable before update on plan_version
    for each row execute function form_version_is_immutable();

-- the formal approval of a version, with the document approved
create table plan_approval (
    id bigserial primary key,
    document_id bigint not null references form_document (id) on delete cascade,
    version_id bigint not null unique references form_version (id) on delete cascade,
    body varchar(40) not null check (body in ('COUNCIL', 'BOARD_OF_ALDERMEN', 'MAYOR', 'DEPARTMENT_HEAD', 'OTHER')),
    body_other varchar(200),
    decided_on date not null,
    reference varchar(200),
    document_pdf bytea not null,
    recorded_at timestamptz not null default now(),
    recorded_by_id bigint references app_user (id) on delete set null,
    recorded_by varchar(200) not null
);
create index plan_approval_document_idx on plan_approval (document_id, decided_on);
create index plan_approval_recorded_by_idx on plan_approval (recorded_by_id);
create trigger plan_approval_immutable before update on plan_approval
    for each row execute function form_version_is_immutable();

-- who backs the plan politically (chapter 4 of the guide)
create table plan_commitment (
    id bigserial primary key,
    document_id bigint not null references form_document (id) on delete cascade,
    person_name varchar(200) not null,
    office varchar(200),
    since date,
    how varchar(30) not null check (how in ('STATEMENT', 'COUNCIL_DECISION', 'VISIT_ATTENDANCE', 'OTHER')),
    note varchar(1000),
    created_at timestamptz not null default now(),
    version bigint not null default 0
);
create index plan_commitment_document_idx on plan_commitment (document_id);

-- monitoring: dated progress updates by the mentee, observations by the mentor
create table plan_progress (
    id bigserial primary key,
    document_id bigint not null references form_document (id) on delete cascade,
    action_key uuid not null,
    kind varchar(20) not null check (kind in ('UPDATE', 'OBSERVATION')),
    reported_on date not null,
    status varchar(20) check (status in ('NOT_STARTED', 'ON_TRACK', 'DELAYED', 'DONE', 'DROPPED')),
    note text,
    author_id bigint references app_user (id) on delete set null,
    author_name varchar(200) not null,
    organisation_id bigint references organisation (id) on delete set null,
    created_at timestamptz not null default now(),
    check (kind = 'OBSERVATION' or status is not null)
);
create index plan_progress_document_idx on plan_progress (document_id, action_key, reported_on);
create index plan_progress_author_idx on plan_progress (author_id);
create index plan_progress_organisation_idx on plan_progress (organisation_id);
create table plan_progress_value (
    progress_id bigint not null references plan_progress (id) on delete cascade,
    indicator_key uuid not null,
    value numeric(14, 2) not null,
    primary key (progress_id, indicator_key)
);

-- reminders sent to an action's lead, so each is sent once
create table plan_reminder (
    action_key uuid not null,
    due_on date not null,
    sent_at timestamptz not null default now(),
    primary key (action_key, due_on)
);

alter table app_user add column plan_reminders boolean not null default true;
