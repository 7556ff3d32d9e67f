package org.citymentor.organisation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormDefinition;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormDocuments.OrganisationKey;
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

	/**
	 * Part B, the city's local context, then part C, each association's view of the
	 * national context of the city: their documents in one query, their answers in one
	 * more (two when some are drafts only their writers read).
	 */
	public List<Related> of(long cityId, String cityName, boolean cityWrites, List<Association> associations,
			Locale locale) {
		List<Context> contexts = new ArrayList<>();
		contexts.add(new Context(new OrganisationKey(FormKind.LOCAL_CONTEXT, cityId, null),
				msg("context.local.of", locale, cityName), ContextQuestions.LOCAL,
				UriComponentsBuilder.fromPath(FormRoutes.LOCAL_CONTEXT).buildAndExpand(cityId).toUriString(),
				cityWrites));
		for (Association association : associations) {
			contexts.add(new Context(new OrganisationKey(FormKind.NATIONAL_CONTEXT, association.id(), cityId),
					msg("context.national.by", locale, association.name()), ContextQuestions.NATIONAL,
					UriComponentsBuilder.fromPath(FormRoutes.NATIONAL_CONTEXT)
						.buildAndExpand(association.id(), cityId)
						.toUriString(),
					association.writes()));
		}
		Map<OrganisationKey, FormDocument> documents = this.documents
			.ofOrganisations(contexts.stream().map(Context::key).toList());
		List<Long> versionIds = new ArrayList<>();
		List<Long> draftIds = new ArrayList<>();
		for (Context context : contexts) {
			FormDocument document = documents.get(context.key());
			if (document != null && document.hasVersions()) {
				versionIds.add(document.latestVersionId());
			}
			else if (document != null && context.writes()) {
				draftIds.add(document.id());
			}
		}
		Map<Long, Map<String, Answer>> versionAnswers = this.versions.answers(versionIds);
		Map<Long, Map<String, Answer>> draftAnswers = this.drafts.of(draftIds);
		return contexts.stream().map((context) -> {
			FormDocument document = documents.get(context.key());
			if (document == null) {
				return new Related(context.title(), msg("context.status.none", locale), context.url(),
						context.definition(), Map.of(), null, null);
			}
			if (!document.hasVersions()) {
				return new Related(context.title(), msg("context.status.draft", locale), context.url(),
						context.definition(), draftAnswers.getOrDefault(document.id(), Map.of()), null, null);
			}
			String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)
				.format(document.latestSubmittedAt().atZone(ZoneOffset.UTC));
			String status = document.isSubmitted() ? msg("context.status.confirmed", locale, date)
					: msg("context.status.updating", locale, date);
			return new Related(context.title(), status, context.url(), context.definition(),
					versionAnswers.getOrDefault(document.latestVersionId(), new LinkedHashMap<>()),
					msg("context.dated", locale, document.latestNumber(), date), document.latestVersionId());
		}).toList();
	}

	/** An association of the city, and whether the viewer writes its part C. */
	public record Association(long id, String name, boolean writes) {
	}

	private record Context(OrganisationKey key, String title, FormDefinition definition, String url, boolean writes) {
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
