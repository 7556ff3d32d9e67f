-- Issue 10, bounded queries: an index for every foreign key that had none leading with its
-- columns (ForeignKeyIndexTest lists them), so reading a parent's rows and deleting or erasing a
-- parent never scan the child table. Keys covered only by a partial or a later-column index get
-- a plain one too.

create index activity_actor_id_fk_idx on activity (actor_id);
create index assessment_focus_chosen_by_fk_idx on assessment_focus (chosen_by);
create index assessment_focus_version_id_fk_idx on assessment_focus (version_id);
create index benchmark_copied_from_id_fk_idx on benchmark (copied_from_id);
create index benchmark_created_by_fk_idx on benchmark (created_by);
create index benchmark_theme_id_fk_idx on benchmark (theme_id);
create index benchmark_version_published_by_fk_idx on benchmark_version (published_by);
create index benchmark_version_theme_id_fk_idx on benchmark_version (theme_id);
create index call_application_applied_by_fk_idx on call_application (applied_by);
create index call_application_participant_id_fk_idx on call_application (participant_id);
create index call_application_theme_theme_id_fk_idx on call_application_theme (theme_id);
create index follow_up_group_id_fk_idx on follow_up (group_id);
create index form_comment_author_organisation_id_fk_idx on form_comment (author_organisation_id);
create index form_document_participant_id_fk_idx on form_document (participant_id);
create index form_version_submitted_by_id_fk_idx on form_version (submitted_by_id);
create index good_practice_created_by_fk_idx on good_practice (created_by);
create index good_practice_updated_by_fk_idx on good_practice (updated_by);
create index good_practice_file_uploaded_by_fk_idx on good_practice_file (uploaded_by);
create index group_benchmark_chosen_by_fk_idx on group_benchmark (chosen_by);
create index group_meeting_mentor_organisation_id_fk_idx on group_meeting (mentor_organisation_id);
create index group_member_group_id_fk_idx on group_member (group_id);
create index invitation_accepted_by_fk_idx on invitation (accepted_by);
create index invitation_invited_by_fk_idx on invitation (invited_by);
create index invitation_participant_id_fk_idx on invitation (participant_id);
create index lesson_participant_id_fk_idx on lesson (participant_id);
create index matching_call_created_by_fk_idx on matching_call (created_by);
create index matching_call_theme_theme_id_fk_idx on matching_call_theme (theme_id);
create index personal_data_erasure_erased_by_id_fk_idx on personal_data_erasure (erased_by_id);
create index pulse_answer_user_id_fk_idx on pulse_answer (user_id);
create index pulse_survey_visit_id_fk_idx on pulse_survey (visit_id);
create index self_assessment_participant_id_fk_idx on self_assessment (participant_id);
create index self_assessment_submitted_by_fk_idx on self_assessment (submitted_by);
create index self_assessment_updated_by_fk_idx on self_assessment (updated_by);
create index self_assessment_version_id_fk_idx on self_assessment (version_id);
create index session_attendance_meeting_id_fk_idx on session_attendance (meeting_id);
create index session_attendance_user_id_fk_idx on session_attendance (user_id);
create index session_attendance_walk_in_organisation_id_fk_idx on session_attendance (walk_in_organisation_id);
create index session_question_asked_by_id_fk_idx on session_question (asked_by_id);
create index session_rating_user_id_fk_idx on session_rating (user_id);
create index session_registration_registered_by_id_fk_idx on session_registration (registered_by_id);
create index training_file_uploaded_by_fk_idx on training_file (uploaded_by);
create index visit_participant_visit_id_fk_idx on visit_participant (visit_id);
