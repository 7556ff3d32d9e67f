package org.citymentor.mentorprofile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.access.Access;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.form.FormRoutes;
import org.citymentor.form.FormScope;
import org.citymentor.form.FormScope.Crumb;
import org.citymentor.form.FormScope.Permissions;
import org.citymentor.form.FormScope.Related;
import org.citymentor.form.FormScope.Viewer;
import org.citymentor.form.FormScopes;
import org.citymentor.organisation.Contexts;
import org.citymentor.organisation.OrganisationDetails;
import org.citymentor.organisation.OrganisationKind;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.programme.Themes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mentor profile of a city (or of an association that mentors itself), filled once by
 * the people who act for it and reused in every group; shown with the city's context and
 * its association's view. Confirmed versions are readable by every signed-in person.
 */
@Component
class MentorProfileForm implements FormScopes {

	private final Organisations organisations;

	private final Contexts contexts;

	private final FormDocuments documents;

	private final Themes themes;

	private final PracticeOptions practices;

	private final Access access;

	private final MessageSource messages;

	MentorProfileForm(Organisations organisations, Contexts contexts, FormDocuments documents, Themes themes,
			PracticeOptions practices, Access access, MessageSource messages) {
		this.organisations = organisations;
		this.contexts = contexts;
		this.documents = documents;
		this.themes = themes;
		this.practices = practices;
		this.access = access;
		this.messages = messages;
	}

	@Override
	public String route() {
		return FormRoutes.MENTOR_PROFILE;
	}

	@Override
	public FormScope resolve(Map<String, String> path, CurrentUser user, Locale locale) {
		long organisationId;
		try {
			organisationId = Long.parseLong(path.get("organisationId"));
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException();
		}
		OrganisationDetails organisation = this.organisations.details(organisationId);
		if (organisation.kind() != OrganisationKind.CITY && organisation.kind() != OrganisationKind.ASSOCIATION) {
			throw new NotFoundException();
		}
		boolean writes = this.access.actsFor(user, organisationId);
		List<Related> related = new ArrayList<>();
		if (organisation.kind() == OrganisationKind.CITY) {
			related.addAll(this.contexts.of(organisationId, organisation.name(), writes,
					organisation.associations()
						.stream()
						.map((association) -> new Contexts.Association(association.id(), association.name(),
								this.access.actsFor(user, association.id())))
						.toList(),
					locale));
		}
		Map<String, List<Option>> options = Map.of(MentorProfileQuestions.POLICY_AREAS, this.themes.options(locale),
				MentorProfileQuestions.PRACTICES, this.practices.of(organisationId));
		return new FormScope(MentorProfileQuestions.DEFINITION, "/organisations/" + organisationId + "/mentor-profile",
				this.messages.getMessage("form.MENTOR_PROFILE.title", null, locale), organisation.name(),
				List.of(new Crumb(this.messages.getMessage("organisations.title", null, locale), "/organisations"),
						new Crumb(organisation.name(), "/organisations/" + organisationId)),
				this.documents.ofOrganisation(FormKind.MENTOR_PROFILE, organisationId, null).orElse(null),
				() -> this.documents.openForOrganisation(FormKind.MENTOR_PROFILE, organisationId, null),
				new Permissions(writes, false, false, false, false),
				new Viewer(user.id(), user.displayName(), organisationId), options, related,
				new FormScope.FormEvents() {

					@Override
					public List<Long> sourcesForSubmit() {
						return related.stream().map(Related::versionId).filter(java.util.Objects::nonNull).toList();
					}

				}, Map.of());
	}

}
