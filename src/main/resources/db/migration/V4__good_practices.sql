-- the good-practice library (annex 4 of the guide): sheets owned by an organisation

-- Full-text search in English and Dutch that ignores accents ("cafe" finds "café"): two text
-- search configurations that strip accents before stemming. unaccent is a trusted extension
-- (PostgreSQL 13+), so the database owner may create it.
create extension if not exists unaccent;
create text search configuration citymentor_english (copy = english);
alter text search configuration citymentor_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration citymentor_dutch (copy = dutch);
alter text search configuration citymentor_dutch
    alter mapping for hword, hword_part, word with unaccent, dutch_stem;

create table good_practice (
    id bigserial primary key,
    owner_organisation_id bigint not null references organisation (id),
    country varchar(2) not null,
    status varchar(20) not null check (status in ('DRAFT', 'PUBLISHED')),
    title varchar(200) not null,
    location varchar(300),
    lead_organisations text,
    context text,
    target_group text,
    aims text,
    start_date date,
    start_precision varchar(5) check (start_precision in ('MONTH', 'DAY')),
    preconditions text,
    main_activities text,
    who_did_the_work text,
    funding text,
    staff text,
    volunteers text,
    partners text,
    beneficiaries text,
    concrete_change text,
    evaluation text,
    success_factors text,
    challenges text,
    risks text,
    transfer_requirements text,
    dos_and_donts text,
    contact_name varchar(200),
    contact_function varchar(200),
    created_by bigint references app_user (id),
    created_at timestamptz not null default now(),
    updated_by bigint references app_user (id),
    updated_at timestamptz not null default now(),
    published_at timestamptz,
    version bigint not null default 0,
    check ((start_date is null) = (start_precision is null)),
    -- title weighs most; where, who and why next; the rest of the sheet after that
    search_vector tsvector generated always as (
        setweight(to_tsvector('citymentor_english', title), 'A')
        || setweight(to_tsvector('citymentor_dutch', title), 'A')
        || setweight(to_tsvector('citymentor_english', coalesce(location, '') || ' ' || coalesce(lead_organisations, '')
            || ' ' || coalesce(context, '') || ' ' || coalesce(target_group, '') || ' ' || coalesce(aims, '')), 'B')
        || setweight(to_tsvector('citymentor_dutch', coalesce(location, '') || ' ' || coalesce(lead_organisations, '')
            || ' ' || coalesce(context, '') || ' ' || coalesce(target_group, '') || ' ' || coalesce(aims, '')), 'B')
        || setweight(to_tsvector('citymentor_english', coalesce(preconditions, '') || ' ' || coalesce(main_activities, '')
            || ' ' || coalesce(who_did_the_work, '') || ' ' || coalesce(funding, '') || ' ' || coalesce(staff, '')
            || ' ' || coalesce(volunteers, '') || ' ' || coalesce(partners, '') || ' ' || coalesce(beneficiaries, '')
            || ' ' || coalesce(concrete_change, '') || ' ' || coalesce(evaluation, '') || ' ' || coalesce(success_factors, '')
            || ' ' || coalesce(challenges, '') || ' ' || coalesce(risks, '') || ' ' || coalesce(transfer_requirements, '')
            || ' ' || coalesce(dos_and_donts, '')), 'C')
        || setweight(to_tsvector('citymentor_dutch', coalesce(preconditions, '') || ' ' || coalesce(main_activities, '')
            || ' ' || coalesce(who_did_the_work, '') || ' ' || coalesce(funding, '') || ' ' || coalesce(staff, '')
            || ' ' || coalesce(volunteers, '') || ' ' || coalesce(partners, '') || ' ' || coalesce(beneficiaries, '')
            || ' ' || coalesce(concrete_change, '') || ' ' || coalesce(evaluation, '') || ' ' || coalesce(success_factors, '')
            || ' ' || coalesce(challenges, '') || ' ' || coalesce(risks, '') || ' ' || coalesce(transfer_requirements, '')
            || ' ' || coalesce(dos_and_donts, '')), 'C')
        || setweight(to_tsvector('citymentor_english', coalesce(contact_name, '') || ' ' || coalesce(contact_function, '')), 'D')
    ) stored
);
create index good_practice_search_idx on good_practice using gin (search_vector);
create index good_practice_owner_idx on good_practice (owner_organisation_id);
create index good_practice_published_idx on good_practice (status, published_at desc);
create index good_practice_country_idx on good_practice (country);

create table good_practice_theme (
    good_practice_id bigint not null references good_practice (id) on delete cascade,
    theme_id bigint not null references theme (id),
    primary key (good_practice_id, theme_id)
);
create index good_practice_theme_theme_idx on good_practice_theme (theme_id);

create table good_practice_language (
    good_practice_id bigint not null references good_practice (id) on delete cascade,
    language varchar(8) not null,
    primary key (good_practice_id, language)
);

-- "more information": links with a label, in the order typed
create table good_practice_link (
    good_practice_id bigint not null references good_practice (id) on delete cascade,
    sort_order int not null,
    url varchar(2000) not null check (url ~* '^https?://'),
    label varchar(200),
    primary key (good_practice_id, sort_order)
);

-- files (PDF, PNG, JPEG) in their own table, so that no list ever loads their bytes
create table good_practice_file (
    id bigserial primary key,
    good_practice_id bigint not null references good_practice (id) on delete cascade,
    file_name varchar(200) not null,
    content_type varchar(100) not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes bigint not null check (size_bytes > 0),
    content bytea not null,
    uploaded_by bigint references app_user (id),
    uploaded_at timestamptz not null default now()
);
create index good_practice_file_sheet_idx on good_practice_file (good_practice_id);
