-- One-time tokens of create forms (double-submit guard): the first POST with a token claims
-- it; a second POST with the same token is sent to the first one's result instead of
-- creating a second record. Tokens older than a day are deleted.
create table form_submission (
    token varchar(64) primary key,
    created_at timestamptz not null default now(),
    result_url varchar(1000)
);
create index form_submission_created_idx on form_submission (created_at);
