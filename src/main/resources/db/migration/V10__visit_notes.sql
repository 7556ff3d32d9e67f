-- Confidential visit notes (one per person per visit) and the follow-ups agreed in them.

create table visit_note (
    id bigserial primary key,
    visit_id bigint not null references visit (id) on delete cascade,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    -- null once the author's account is erased: the note stays, signed "former member"
    author_id bigint references app_user (id) on delete set null,
    observations text check (char_length(observations) <= 10000),
    doing_well text check (char_length(doing_well) <= 10000),
    options_discussed text check (char_length(options_discussed) <= 10000),
    next_steps text check (char_length(next_steps) <= 10000),
    -- confidential by default: only the group's members read it unless the author shares it
    shared_with_coordinator boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version bigint not null default 0,
    unique (visit_id, author_id)
);
create index visit_note_group_idx on visit_note (group_id);
create index visit_note_author_idx on visit_note (author_id);

create table follow_up (
    id bigserial primary key,
    group_id bigint not null references mentoring_group (id) on delete cascade,
    visit_id bigint references visit (id) on delete cascade,
    note_id bigint references visit_note (id) on delete set null,
    title varchar(300) not null,
    owner_user_id bigint references app_user (id) on delete set null,
    due_on date not null,
    done_at timestamptz,
    done_by varchar(200),
    created_by_id bigint references app_user (id) on delete set null,
    created_by varchar(200),
    created_at timestamptz not null default now()
);
create index follow_up_open_idx on follow_up (group_id, due_on) where done_at is null;
create index follow_up_visit_idx on follow_up (visit_id);
create index follow_up_note_idx on follow_up (note_id);
create index follow_up_owner_idx on follow_up (owner_user_id);
create index follow_up_created_by_idx on follow_up (created_by_id);
