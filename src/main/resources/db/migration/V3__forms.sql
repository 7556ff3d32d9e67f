-- The guide's templates as forms: one document per owner and kind, answers per question,
-- immutable submitted versions, comments per question.

-- a document: the needs analysis of a participant, the mentor profile of an organisation,
-- the local context of a city, the national context an association writes about a member
create table form_document (
    id bigserial primary key,
    kind varchar(30) not null check (kind in ('NEEDS_ANALYSIS', 'MENTOR_PROFILE', 'LOCAL_CONTEXT', 'NATIONAL_CONTEXT')),
    organisation_id bigint not null references organisation (id) on delete cascade,
    subject_organisation_id bigint references organisation (id) on delete cascade,
    group_id bigint references mentoring_group (id) on delete cascade,
    participant_id bigint references group_participant (id) on delete cascade,
    status varchar(20) not null default 'DRAFT' check (status in ('DRAFT', 'SUBMITTED')),
    shared_with_group boolean not null default false,
    draft_updated_at timestamptz,
    draft_updated_by varchar(200),
    created_at timestamptz not null default now(),
    version bigint not null default 0
);
create unique index form_document_participant_uk on form_document (kind, participant_id) where participant_id is not null;
create unique index form_document_organisation_uk on form_document (kind, organisation_id, coalesce(subject_organisation_id, 0))
    where participant_id is null;
create index form_document_group_idx on form_document (group_id);
create index form_document_organisation_idx on form_document (organisation_id);
create index form_document_subject_idx on form_document (subject_organisation_id);

-- the draft's answers; typed columns for what the product computes on
create table form_answer (
    document_id bigint not null references form_document (id) on delete cascade,
    question_key varchar(80) not null,
    value_text text,
    value_number numeric(20, 2),
    value_date date,
    value_flag boolean,
    updated_at timestamptz not null default now(),
    updated_by varchar(200),
    primary key (document_id, question_key)
);

-- submitted versions: numbered, dated, with their author; never changed afterwards
create table form_version (
    id bigserial primary key,
    document_id bigint not null references form_document (id) on delete cascade,
    number int not null,
    submitted_at timestamptz not null,
    submitted_by_id bigint references app_user (id),
    submitted_by varchar(200) not null,
    unique (document_id, number)
);
create table form_version_answer (
    version_id bigint not null references form_version (id) on delete cascade,
    question_key varchar(80) not null,
    value_text text,
    value_number numeric(20, 2),
    value_date date,
    value_flag boolean,
    primary key (version_id, question_key)
);
-- the dated context versions a needs analysis or mentor profile version was submitted with
create table form_version_source (
    version_id bigint not null references form_version (id) on delete cascade,
    source_version_id bigint not null references form_version (id),
    primary key (version_id, source_version_id)
);
create index form_version_source_source_idx on form_version_source (source_version_id);
-- which version the other side of the group has seen, and when first
create table form_version_view (
    version_id bigint not null references form_version (id) on delete cascade,
    organisation_id bigint not null references organisation (id) on delete cascade,
    first_seen_at timestamptz not null,
    primary key (version_id, organisation_id)
);
create index form_version_view_organisation_idx on form_version_view (organisation_id);

create function form_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a submitted version cannot be changed';
end;
$$;
create trigger form_version_immutable before update on form_version
    for each row execute function form_version_is_immutable();
create trigger form_version_answer_immutable before update on form_version_answer
    for each row execute function form_version_is_immutable();

-- comments per question, from the group's members, resolvable
create table form_comment (
    id bigserial primary key,
    document_id bigint not null references form_document (id) on delete cascade,
    question_key varchar(80) not null,
    author_id bigint references app_user (id),
    author_name varchar(200) not null,
    author_organisation_id bigint references organisation (id),
    body text not null,
    created_at timestamptz not null default now(),
    resolved_at timestamptz,
    resolved_by varchar(200)
);
create index form_comment_document_idx on form_comment (document_id, question_key);
create index form_comment_author_idx on form_comment (author_id);

-- questions a programme does not use
create table programme_hidden_question (
    programme_id bigint not null references programme (id) on delete cascade,
    form_kind varchar(30) not null,
    question_key varchar(80) not null,
    primary key (programme_id, form_kind, question_key)
);
