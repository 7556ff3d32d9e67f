-- the local support network of a city in a group (annex 5): its members and its meetings
create table support_network_member (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    participant_id bigint not null references group_participant (id) on delete cascade,
    name varchar(200) not null,
    organisation varchar(200),
    kind varchar(40) not null check (kind in ('MIGRANT_ASSOCIATION', 'COMMUNITY_ASSOCIATION', 'NGO',
        'PRIVATE_SECTOR', 'PUBLIC_BODY', 'TRADE_UNION', 'ACADEMIC', 'OTHER')),
    contribution varchar(2000),
    contact varchar(300),
    represents_migrants boolean not null,
    consent_date date not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0
);
create index support_network_member_participant_idx on support_network_member (participant_id);
create index support_network_member_group_idx on support_network_member (group_id);
create table support_network_member_role (
    member_id bigint not null references support_network_member (id) on delete cascade,
    role varchar(40) not null check (role in ('IDENTIFY_OFFER', 'SPREAD_FINDINGS', 'EXCHANGES', 'PREPARE_VISITS',
        'ACTION_PLAN', 'FOLLOW_IMPLEMENTATION')),
    primary key (member_id, role)
);
create table support_network_meeting (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    participant_id bigint not null references group_participant (id) on delete cascade,
    meeting_date date not null,
    others_present varchar(1000),
    contribution text check (length(contribution) <= 10000),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0
);
create index support_network_meeting_participant_idx on support_network_meeting (participant_id, meeting_date);
create index support_network_meeting_group_idx on support_network_meeting (group_id);
create table support_network_meeting_attendee (
    meeting_id bigint not null references support_network_meeting (id) on delete cascade,
    member_id bigint not null references support_network_member (id) on delete cascade,
    primary key (meeting_id, member_id)
);
create index support_network_meeting_attendee_member_idx on support_network_meeting_attendee (member_id);
