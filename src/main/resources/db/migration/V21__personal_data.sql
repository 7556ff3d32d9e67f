-- Personal data: erasing a person and the retention of closed groups' contact data.

-- When a person is erased, their name must also leave the history and the submitted
-- versions, which otherwise refuse every change. The erasure sets this flag for its own
-- transaction only (set_config(..., true)); nothing else can change them.
create function personal_data_erasure_running() returns boolean language sql stable as $$
    select coalesce(current_setting('citymentor.erasing', true), '') = 'on'
$$;

create or replace function form_version_is_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and personal_data_erasure_running() then
        return new;
    end if;
    raise exception 'a submitted version cannot be changed';
end;
$$;

create or replace function activity_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and personal_data_erasure_running() then
        return new;
    end if;
    raise exception 'the activity history cannot be changed';
end;
$$;

-- A name or an e-mail address replaced wherever it occurs in a text as a whole word,
-- ignoring case ("Ann" goes, "Annual" stays).
create function personal_data_scrub(value text, needle text, label text) returns text language sql immutable as $$
    select case when value is null or needle is null or needle = '' then value
        else regexp_replace(value,
            '(?<![[:alnum:]_])' || regexp_replace(needle, '([^[:alnum:][:space:]])', '\\\1', 'g') || '(?![[:alnum:]_])',
            replace(label, '\', '\\'), 'gi') end
$$;
create function personal_data_scrub(value jsonb, needle text, label text) returns jsonb language sql immutable as $$
    select personal_data_scrub(value::text, needle, label)::jsonb
$$;

-- An approved plan's PDF is kept as it was approved; when it named a person since erased,
-- it is marked so readers know that name belongs to a former member.
alter table plan_approval add column names_former_member boolean not null default false;

-- Who was erased, when and by whom: an account id, never a name.
create table personal_data_erasure (
    id bigserial primary key,
    erased_user_id bigint not null,
    erased_by_id bigint references app_user (id) on delete set null,
    erased_at timestamptz not null default now()
);
create index personal_data_erasure_user_idx on personal_data_erasure (erased_user_id);

-- Closed groups whose contact data the retention job removed.
create table personal_data_retention (
    group_id bigint primary key references mentoring_group (id) on delete cascade,
    cleared_at timestamptz not null default now()
);
