-- e-mail notices about forms of a person's groups (submitted, shared, commented on); on by default
alter table app_user add column form_notices boolean not null default true;
