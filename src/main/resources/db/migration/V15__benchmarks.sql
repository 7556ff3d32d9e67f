-- Thematic benchmarks (chapter 3 of the guide): a programme's list of key factors and
-- context factors for a theme, edited as a draft and published as numbered versions that
-- never change; cities assess themselves against a version and choose their focus.
create table benchmark (
    id bigserial primary key,
    programme_id bigint not null references programme (id) on delete cascade,
    theme_id bigint not null references theme (id),
    title varchar(300) not null,
    introduction text,
    copied_from_id bigint references benchmark (id) on delete set null,
    -- the draft differs from the latest version (or nothing was published yet)
    draft_changed boolean not null default true,
    created_by bigint references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0
);
create index benchmark_programme_idx on benchmark (programme_id, theme_id);

-- the draft's factors; their id is the factor's lasting key across versions
create table benchmark_factor (
    id bigserial primary key,
    benchmark_id bigint not null references benchmark (id) on delete cascade,
    kind varchar(10) not null check (kind in ('KEY', 'CONTEXT')),
    position int not null,
    title varchar(300) not null,
    rationale text,
    guiding_questions text,
    tips text,
    practice_ids bigint[] not null default '{}',
    version bigint not null default 0
);
create index benchmark_factor_benchmark_idx on benchmark_factor (benchmark_id, kind, position);

create table benchmark_version (
    id bigserial primary key,
    benchmark_id bigint not null references benchmark (id) on delete cascade,
    number int not null,
    title varchar(300) not null,
    theme_id bigint not null references theme (id),
    introduction text,
    published_at timestamptz not null,
    published_by bigint references app_user (id) on delete set null,
    unique (benchmark_id, number)
);

create table benchmark_version_factor (
    version_id bigint not null references benchmark_version (id) on delete cascade,
    factor_key bigint not null,
    kind varchar(10) not null check (kind in ('KEY', 'CONTEXT')),
    number int not null,
    title varchar(300) not null,
    rationale text,
    guiding_questions text,
    tips text,
    practice_ids bigint[] not null default '{}',
    primary key (version_id, factor_key)
);

-- a published version is answered by self-assessments: it never changes
create function benchmark_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a published benchmark version cannot be changed';
end;
$$;
create trigger benchmark_version_immutable before update on benchmark_version
    for each row execute function benchmark_version_is_immutable();
create trigger benchmark_version_factor_immutable before update on benchmark_version_factor
    for each row execute function benchmark_version_is_immutable();

-- the benchmark a group works with
create table group_benchmark (
    group_id bigint primary key references mentoring_group (id) on delete cascade,
    benchmark_id bigint not null references benchmark (id) on delete cascade,
    chosen_by bigint references app_user (id) on delete set null,
    chosen_at timestamptz not null default now()
);
create index group_benchmark_benchmark_idx on group_benchmark (benchmark_id);

create table self_assessment (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    participant_id bigint not null references group_participant (id) on delete cascade,
    version_id bigint not null references benchmark_version (id),
    status varchar(10) not null check (status in ('DRAFT', 'SUBMITTED')),
    assessed_on date,
    submitted_by bigint references app_user (id) on delete set null,
    updated_by bigint references app_user (id) on delete set null,
    updated_at timestamptz not null default now(),
    version bigint not null default 0,
    check (status = 'DRAFT' or assessed_on is not null)
);
create unique index self_assessment_one_draft_uk on self_assessment (participant_id) where status = 'DRAFT';
create index self_assessment_group_idx on self_assessment (group_id, participant_id, assessed_on);

create table self_assessment_score (
    assessment_id bigint not null references self_assessment (id) on delete cascade,
    factor_key bigint not null,
    score smallint check (score between 1 and 5),
    evidence text,
    primary key (assessment_id, factor_key)
);

create table self_assessment_context (
    assessment_id bigint not null references self_assessment (id) on delete cascade,
    factor_key bigint not null,
    weighs boolean,
    note text,
    primary key (assessment_id, factor_key)
);

-- a submitted assessment keeps its answers
create function self_assessment_answer_is_frozen() returns trigger language plpgsql as $$
begin
    if exists (select 1 from self_assessment where id = new.assessment_id
               and status = 'SUBMITTED') then
        raise exception 'a submitted self-assessment cannot be changed';
    end if;
    return new;
end;
$$;
create trigger self_assessment_score_frozen before insert or update on self_assessment_score
    for each row execute function self_assessment_answer_is_frozen();
create trigger self_assessment_context_frozen before insert or update on self_assessment_context
    for each row execute function self_assessment_answer_is_frozen();

-- the key factors the mentoring works on, chosen by the participant against a version
create table assessment_focus (
    participant_id bigint not null references group_participant (id) on delete cascade,
    version_id bigint not null references benchmark_version (id),
    factor_key bigint not null,
    chosen_by bigint references app_user (id) on delete set null,
    chosen_at timestamptz not null default now(),
    primary key (participant_id, factor_key)
);
