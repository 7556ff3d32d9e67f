-- One-time tokens of create forms (double-submit guard): the first POST with a token claims
-- it; a second POST with the same token is sent to the first one's result instead of
-- creating a second record. Tokens older than a day are deleted.
create table form_submission (
    token varchar(64) primary key,
    created_at timestamptz not null default now(),
    result_url varchar(1000)
);
create index form_submission_created_idx on form_submission (created_at);

-- Backups: pg_restore runs with an empty search_path, where the text-search configurations
-- named without their schema in V19's function cannot be found, so restoring a dump failed on
-- good_practice's generated search column (scripts/backup-restore-check.sh). The same
-- function, with schema-qualified names.
create or replace function citymentor_tsvector(document text) returns tsvector language sql immutable parallel safe as $$
    select to_tsvector('public.citymentor_english'::regconfig, document) || to_tsvector('public.citymentor_dutch'::regconfig, document)
        || to_tsvector('public.citymentor_french'::regconfig, document) || to_tsvector('public.citymentor_italian'::regconfig, document)
$$;
