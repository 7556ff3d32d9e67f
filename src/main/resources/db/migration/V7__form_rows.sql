-- answers that are a table of rows (e.g. the main nationalities with their number of people)
create table form_answer_row (
    document_id bigint not null references form_document (id) on delete cascade,
    question_key varchar(80) not null,
    position int not null,
    label varchar(300) not null,
    amount numeric(20, 2),
    primary key (document_id, question_key, position)
);
create table form_version_row (
    version_id bigint not null references form_version (id) on delete cascade,
    question_key varchar(80) not null,
    position int not null,
    label varchar(300) not null,
    amount numeric(20, 2),
    primary key (version_id, question_key, position)
);
create trigger form_version_row_immutable before update on form_version_row
    for each row execute function form_version_is_immutable();
