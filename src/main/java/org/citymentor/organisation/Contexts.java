package org.citymentor.organisation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.form.FormRoutes;
import org.citymentor.form.FormScope.Related;
import org.citymentor.form.FormVersions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dated context of a city (part B) and what its association says about it (part C),
 * as a needs analysis or a mentor profile shows them: the latest confirmed version, or
 * the draft for those who write it.
 */
@Service
@Transactional(readOnly = true)
public class Contexts {

	private final FormDocuments documents;

	private final FormVersions versions;

	private final DraftAnswers drafts;

	private final MessageSource messages;

	Contexts(FormDocuments documents, FormVersions versions, DraftAnswers drafts, MessageSource messages) {
		this.documents = documents;
		this.versions = versions;
		this.drafts = drafts;
		this.messages = messages;
	}

	/** Part B: the city's local context. */
	public Related local(long cityId, String cityName, boolean viewerWrites, Locale locale) {
		Optional<FormDocument> document = this.documents.ofOrganisation(FormKind.LOCAL_CONTEXT, cityId, null);
		String url = UriComponentsBuilder.fromPath(FormRoutes.LOCAL_CONTEXT).buildAndExpand(cityId).toUriString();
		return related(msg("context.local.of", locale, cityName), ContextQuestions.LOCAL, document, url, viewerWrites,
				locale);
	}

	/** Part C: the association's view of the national context of one of its cities. */
	public Related national(long associationId, String associationName, long cityId, boolean viewerWrites,
			Locale locale) {
		Optional<FormDocument> document = this.documents.ofOrganisation(FormKind.NATIONAL_CONTEXT, associationId,
				cityId);
		String url = UriComponentsBuilder.fromPath(FormRoutes.NATIONAL_CONTEXT)
			.buildAndExpand(associationId, cityId)
			.toUriString();
		return related(msg("context.national.by", locale, associationName), ContextQuestions.NATIONAL, document, url,
				viewerWrites, locale);
	}

	private Related related(String title, org.citymentor.form.FormDefinition definition,
			Optional<FormDocument> document, String url, boolean viewerWrites, Locale locale) {
		if (document.isEmpty()) {
			return new Related(title, msg("context.status.none", locale), url, definition, Map.of(), null, null);
		}
		List<FormVersions.Version> all = this.versions.of(document.get().id());
		if (all.isEmpty()) {
			Map<String, Answer> draft = viewerWrites ? this.drafts.of(document.get().id()) : Map.of();
			return new Related(title, msg("context.status.draft", locale), url, definition, draft, null, null);
		}
		FormVersions.Version latest = all.get(0);
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(locale)
			.format(latest.submittedAt().atZone(ZoneOffset.UTC));
		String status = document.get().isSubmitted() ? msg("context.status.confirmed", locale, date)
				: msg("context.status.updating", locale, date);
		return new Related(title, status, url, definition, this.versions.answers(latest.id()),
				msg("context.dated", locale, latest.number(), date), latest.id());
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
