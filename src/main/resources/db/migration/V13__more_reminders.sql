-- reminders to write one's notes after a visit, and of follow-ups past their date; each can be switched off
alter table app_user add column note_reminders boolean not null default true;
alter table app_user add column follow_up_reminders boolean not null default true;
