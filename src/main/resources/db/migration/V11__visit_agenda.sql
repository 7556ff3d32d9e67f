-- The agenda, participants, outcome and feedback of a visit (issue 7, points 2 and 5).

-- one item of a visit's agenda; times are local to the visit's time zone
create table visit_agenda_item (
    id bigserial primary key,
    visit_id bigint not null references visit (id) on delete cascade,
    day date not null,
    starts_at time not null,
    ends_at time not null,
    title varchar(300) not null,
    kind varchar(30) not null check (kind in ('INTERVIEW', 'FOCUS_GROUP', 'SITE_VISIT', 'GOOD_PRACTICE',
        'ACTION_PLANNING_WORKSHOP', 'POLITICIANS', 'SOCIAL')),
    place varchar(300),
    led_by varchar(300),
    good_practice_id bigint references good_practice (id) on delete set null,
    position int not null default 0,
    updated_at timestamptz not null default now(),
    updated_by varchar(200),
    version bigint not null default 0,
    check (ends_at > starts_at)
);
create index visit_agenda_item_visit_idx on visit_agenda_item (visit_id, day, starts_at, position);
create index visit_agenda_item_practice_idx on visit_agenda_item (good_practice_id);

-- who takes part in a visit: a person of the group, a member of a support network, or a guest
create table visit_participant (
    id bigserial primary key,
    visit_id bigint not null references visit (id) on delete cascade,
    kind varchar(10) not null check (kind in ('MEMBER', 'NETWORK', 'GUEST')),
    user_id bigint references app_user (id) on delete cascade,
    network_member_id bigint references support_network_member (id) on delete cascade,
    name varchar(300) not null,
    organisation varchar(300),
    attended boolean,
    created_at timestamptz not null default now(),
    check ((kind = 'MEMBER') = (user_id is not null)),
    check ((kind = 'NETWORK') = (network_member_id is not null))
);
create unique index visit_participant_user_idx on visit_participant (visit_id, user_id) where user_id is not null;
create unique index visit_participant_network_idx on visit_participant (visit_id, network_member_id)
    where network_member_id is not null;
create index visit_participant_account_idx on visit_participant (user_id);
create index visit_participant_member_idx on visit_participant (network_member_id);

-- what a visit brought: what was learned and the changes to the action plan
create table visit_outcome (
    visit_id bigint primary key references visit (id) on delete cascade,
    learned text,
    plan_changes text,
    plan_version_id bigint references form_version (id) on delete set null,
    updated_at timestamptz not null default now(),
    updated_by varchar(200),
    version bigint not null default 0
);
create index visit_outcome_plan_version_idx on visit_outcome (plan_version_id);

-- a participant's short feedback on a visit: how useful it was (1–5) and a comment
create table visit_feedback (
    visit_id bigint not null references visit (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    usefulness smallint not null check (usefulness between 1 and 5),
    comment text,
    updated_at timestamptz not null default now(),
    primary key (visit_id, user_id)
);
create index visit_feedback_user_idx on visit_feedback (user_id);
