-- Spring Session JDBC (schema as shipped by spring-session-jdbc for PostgreSQL)
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);
create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- accounts
create table app_user (
    id bigserial primary key,
    email varchar(320) not null,
    display_name varchar(200) not null,
    password_hash varchar(255),
    role varchar(20) not null check (role in ('ADMIN', 'COORDINATOR', 'MEMBER')),
    preferred_language varchar(8) not null default 'en',
    organisation_id bigint,
    enabled boolean not null default true,
    created_at timestamptz not null default now(),
    version bigint not null default 0
);
create unique index app_user_email_uk on app_user (lower(email));
create index app_user_organisation_idx on app_user (organisation_id);

create table password_reset_token (
    id bigserial primary key,
    user_id bigint not null references app_user (id) on delete cascade,
    token_hash varchar(64) not null unique,
    expires_at timestamptz not null,
    used_at timestamptz,
    created_at timestamptz not null default now()
);
create index password_reset_token_user_idx on password_reset_token (user_id);

create table login_throttle (
    throttle_key varchar(400) primary key,
    failures int not null,
    last_failure_at timestamptz not null
);

-- organisations
create table organisation (
    id bigserial primary key,
    name varchar(200) not null,
    kind varchar(30) not null check (kind in ('CITY', 'ASSOCIATION', 'FACILITATOR', 'AGENCY', 'NGO')),
    country varchar(2) not null,
    region varchar(200),
    website varchar(500),
    created_by bigint,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0
);
create index organisation_name_idx on organisation (lower(name));
create index organisation_country_idx on organisation (country);
create table organisation_language (
    organisation_id bigint not null references organisation (id) on delete cascade,
    language varchar(8) not null,
    primary key (organisation_id, language)
);
create table association_member (
    association_id bigint not null references organisation (id) on delete cascade,
    member_id bigint not null references organisation (id) on delete cascade,
    primary key (association_id, member_id),
    check (association_id <> member_id)
);
create index association_member_member_idx on association_member (member_id);
alter table app_user add constraint app_user_organisation_fk foreign key (organisation_id) references organisation (id);

-- programmes
create table theme (
    id bigserial primary key,
    code varchar(60) not null unique,
    label_en varchar(120) not null,
    label_nl varchar(120) not null,
    sort_order int not null default 0,
    active boolean not null default true
);
create table programme (
    id bigserial primary key,
    name varchar(200) not null,
    coordinating_organisation_id bigint not null references organisation (id),
    description text,
    funding_source varchar(300),
    start_date date,
    end_date date,
    format varchar(30) not null check (format in ('BILATERAL', 'LEARNING_NETWORK', 'COMMUNITY_OF_PRACTICE', 'LONG_TERM_PARTNERSHIP')),
    default_visits int not null default 3 check (default_visits between 0 and 12),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0,
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index programme_coordinating_organisation_idx on programme (coordinating_organisation_id);
create table programme_theme (
    programme_id bigint not null references programme (id) on delete cascade,
    theme_id bigint not null references theme (id),
    primary key (programme_id, theme_id)
);
create index programme_theme_theme_idx on programme_theme (theme_id);
create table programme_step (
    programme_id bigint not null references programme (id) on delete cascade,
    step varchar(40) not null,
    primary key (programme_id, step)
);

-- access: who coordinates which programme
create table programme_coordinator (
    programme_id bigint not null references programme (id) on delete cascade,
    user_id bigint not null references app_user (id) on delete cascade,
    primary key (programme_id, user_id)
);
create index programme_coordinator_user_idx on programme_coordinator (user_id);

insert into theme (code, label_en, label_nl, sort_order) values
    ('housing', 'Housing', 'Wonen', 10),
    ('employment', 'Employment', 'Werk', 20),
    ('language-learning', 'Language learning', 'Taalverwerving', 30),
    ('anti-discrimination', 'Anti-discrimination', 'Antidiscriminatie', 40),
    ('social-cohesion', 'Social cohesion', 'Sociale cohesie', 50),
    ('participation', 'Participation', 'Participatie', 60),
    ('gender', 'Gender', 'Gender', 70),
    ('communication', 'Communication', 'Communicatie', 80),
    ('evaluation', 'Evaluation', 'Evaluatie', 90),
    ('education', 'Education', 'Onderwijs', 100),
    ('reception-of-newcomers', 'Reception of newcomers', 'Onthaal van nieuwkomers', 110),
    ('sport-and-leisure', 'Sport and leisure', 'Sport en vrije tijd', 120),
    ('prevention-of-violent-radicalisation', 'Prevention of violent radicalisation', 'Preventie van gewelddadige radicalisering', 130),
    ('polarisation', 'Polarisation', 'Polarisatie', 140),
    ('accessibility', 'Accessibility', 'Toegankelijkheid', 150),
    ('safety-in-public-space', 'Safety in public space', 'Veiligheid in de publieke ruimte', 160);
