package org.citymentor.organisation;

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
import org.citymentor.form.FormScope.Viewer;
import org.citymentor.form.FormScopes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The context forms of organisations: a city's local context, written by the people who
 * act for the city, and an association's national context about a member city, written by
 * the association. Confirmed versions are readable by every signed-in person; drafts only
 * by their writers.
 */
final class ContextForms {

	private ContextForms() {
	}

	@Component
	static class LocalContextForm implements FormScopes {

		private final Organisations organisations;

		private final FormDocuments documents;

		private final Access access;

		private final MessageSource messages;

		LocalContextForm(Organisations organisations, FormDocuments documents, Access access, MessageSource messages) {
			this.organisations = organisations;
			this.documents = documents;
			this.access = access;
			this.messages = messages;
		}

		@Override
		public String route() {
			return FormRoutes.LOCAL_CONTEXT;
		}

		@Override
		public FormScope resolve(Map<String, String> path, CurrentUser user, Locale locale) {
			long cityId = id(path.get("organisationId"));
			OrganisationDetails city = this.organisations.details(cityId);
			if (city.kind() != OrganisationKind.CITY) {
				throw new NotFoundException();
			}
			boolean writes = this.access.actsFor(user, cityId);
			String base = "/organisations/" + cityId + "/context";
			return new FormScope(ContextQuestions.LOCAL, base,
					this.messages.getMessage("form.LOCAL_CONTEXT.title", null, locale), city.name(),
					List.of(new Crumb(this.messages.getMessage("organisations.title", null, locale), "/organisations"),
							new Crumb(city.name(), "/organisations/" + cityId)),
					this.documents.ofOrganisation(FormKind.LOCAL_CONTEXT, cityId, null).orElse(null),
					() -> this.documents.openForOrganisation(FormKind.LOCAL_CONTEXT, cityId, null),
					new Permissions(writes, false, false, false, false),
					new Viewer(user.id(), user.displayName(), cityId), Map.of(), List.of(), FormScope.FormEvents.NONE,
					Map.of());
		}

	}

	@Component
	static class NationalContextForm implements FormScopes {

		private final Organisations organisations;

		private final FormDocuments documents;

		private final Access access;

		private final MessageSource messages;

		private final JdbcClient jdbc;

		NationalContextForm(Organisations organisations, FormDocuments documents, Access access, MessageSource messages,
				JdbcClient jdbc) {
			this.organisations = organisations;
			this.documents = documents;
			this.access = access;
			this.messages = messages;
			this.jdbc = jdbc;
		}

		@Override
		public String route() {
			return FormRoutes.NATIONAL_CONTEXT;
		}

		@Override
		public FormScope resolve(Map<String, String> path, CurrentUser user, Locale locale) {
			long associationId = id(path.get("organisationId"));
			long cityId = id(path.get("memberId"));
			OrganisationDetails association = this.organisations.details(associationId);
			OrganisationDetails city = this.organisations.details(cityId);
			if (association.kind() != OrganisationKind.ASSOCIATION || city.kind() != OrganisationKind.CITY
					|| !related(associationId, cityId)) {
				throw new NotFoundException();
			}
			boolean writes = this.access.actsFor(user, associationId);
			String base = "/organisations/" + associationId + "/members/" + cityId + "/context";
			return new FormScope(ContextQuestions.NATIONAL, base,
					this.messages.getMessage("form.NATIONAL_CONTEXT.title", null, locale),
					this.messages.getMessage("context.national.caption",
							new Object[] { city.name(), association.name() }, locale),
					List.of(new Crumb(this.messages.getMessage("organisations.title", null, locale), "/organisations"),
							new Crumb(association.name(), "/organisations/" + associationId)),
					this.documents.ofOrganisation(FormKind.NATIONAL_CONTEXT, associationId, cityId).orElse(null),
					() -> this.documents.openForOrganisation(FormKind.NATIONAL_CONTEXT, associationId, cityId),
					new Permissions(writes, false, false, false, false),
					new Viewer(user.id(), user.displayName(), associationId), Map.of(), List.of(),
					FormScope.FormEvents.NONE, Map.of());
		}

		/**
		 * The city is a member of the association, or both sit on one side of a group.
		 */
		private boolean related(long associationId, long cityId) {
			return this.jdbc
				.sql("""
						select exists (select 1 from association_member where association_id = :a and member_id = :c)
						    or exists (select 1 from group_participant pa join group_participant pc on pc.group_id = pa.group_id and pc.side = pa.side
						               where pa.organisation_id = :a and pc.organisation_id = :c)
						""")
				.param("a", associationId)
				.param("c", cityId)
				.query(Boolean.class)
				.single();
		}

	}

	static long id(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new NotFoundException();
		}
	}

}
