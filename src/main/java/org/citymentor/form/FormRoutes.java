package org.citymentor.form;

/** The addresses of the forms (decisions.md 6). */
public final class FormRoutes {

	public static final String NEEDS_ANALYSIS = "/groups/{groupId}/participants/{participantId}/needs-analysis";

	public static final String MENTOR_PROFILE = "/organisations/{organisationId}/mentor-profile";

	public static final String LOCAL_CONTEXT = "/organisations/{organisationId}/context";

	public static final String NATIONAL_CONTEXT = "/organisations/{organisationId}/members/{memberId}/context";

	public static final String ACTION_PLAN = "/groups/{groupId}/participants/{participantId}/action-plan";

	private FormRoutes() {
	}

}
