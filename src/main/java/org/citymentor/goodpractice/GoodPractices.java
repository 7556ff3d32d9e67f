package org.citymentor.goodpractice;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citymentor.organisation.OrganisationDetails;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The good-practice library: write a sheet for an organisation, change it, publish it,
 * take it back, delete a draft, and search what is published. Who may do which is asked
 * of {@code Access} by the pages.
 */
@Service
public class GoodPractices {

	/** Results per page of the library. */
	public static final int PAGE_SIZE = 20;

	private final GoodPracticeRepository repository;

	private final GoodPracticeSearch search;

	private final Organisations organisations;

	private final Clock clock;

	GoodPractices(GoodPracticeRepository repository, GoodPracticeSearch search, Organisations organisations,
			Clock clock) {
		this.repository = repository;
		this.search = search;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * Starts a draft sheet for the organisation, in its country.
	 * @param languages the languages the sheet is written in
	 */
	@Transactional
	public long startDraft(long organisationId, String title, Set<String> languages, Long actorId) {
		return create(organisationId,
				new GoodPracticeData(Map.of(GoodPracticeField.TITLE, title), null, Set.of(), languages, List.of()),
				actorId);
	}

	/** A new draft with everything already typed (demo data, imports). */
	@Transactional
	public long create(long organisationId, GoodPracticeData data, Long actorId) {
		OrganisationDetails owner = this.organisations.details(organisationId);
		return this.repository
			.save(new GoodPractice(owner.id(), owner.country(), clean(data), actorId, Instant.now(this.clock)))
			.getId();
	}

	@Transactional(readOnly = true)
	public GoodPracticeDetails details(long id) {
		return find(id).details();
	}

	/**
	 * Saves changes made to the version the person saw; refuses if someone saved in
	 * between.
	 */
	@Transactional
	public void update(long id, long seenVersion, GoodPracticeData data, Long actorId) {
		GoodPractice sheet = find(id);
		if (sheet.getVersion() != seenVersion) {
			throw new StaleEditException();
		}
		sheet.apply(clean(data), actorId, Instant.now(this.clock));
	}

	/**
	 * Publishes the sheet if the fields a reader needs are filled.
	 * @return the fields still empty; nothing was published unless this is empty
	 */
	@Transactional
	public List<GoodPracticeField> publish(long id, Long actorId) {
		GoodPractice sheet = find(id);
		List<GoodPracticeField> missing = missingToPublish(sheet.data());
		if (missing.isEmpty() && sheet.getStatus() != GoodPracticeStatus.PUBLISHED) {
			sheet.publish(actorId, Instant.now(this.clock));
		}
		return missing;
	}

	/** Takes a published sheet back to draft: only its organisation sees it again. */
	@Transactional
	public void unpublish(long id, Long actorId) {
		GoodPractice sheet = find(id);
		if (sheet.getStatus() == GoodPracticeStatus.PUBLISHED) {
			sheet.unpublish(actorId, Instant.now(this.clock));
		}
	}

	/**
	 * Deletes a draft with its files; a published sheet must be taken back first.
	 * @return whether it was deleted
	 */
	@Transactional
	public boolean deleteDraft(long id) {
		GoodPractice sheet = find(id);
		if (sheet.getStatus() != GoodPracticeStatus.DRAFT) {
			return false;
		}
		this.repository.delete(sheet);
		return true;
	}

	@Transactional(readOnly = true)
	public Page<GoodPracticeHit> search(GoodPracticeQuery query, GoodPracticeViewer viewer, int page) {
		return this.search.search(query, viewer, page, PAGE_SIZE);
	}

	/** Country codes with published sheets. */
	@Transactional(readOnly = true)
	public List<String> publishedCountries() {
		return this.search.publishedCountries();
	}

	/** Organisations with published sheets. */
	@Transactional(readOnly = true)
	public List<Long> publishingOrganisations(int limit) {
		return this.search.publishingOrganisations(limit);
	}

	/**
	 * The published sheets of an organisation, for another module to link to (a mentor
	 * profile, a visit, a benchmark's key factor).
	 */
	@Transactional(readOnly = true)
	public List<GoodPracticeOption> publishedOptions(long organisationId) {
		return this.repository.publishedOf(organisationId);
	}

	/**
	 * Id, title and status of the sheets with these ids that exist; a module that shows
	 * them shows drafts only to those who may see them.
	 */
	@Transactional(readOnly = true)
	public List<GoodPracticeOption> summaries(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.repository.options(ids);
	}

	@Transactional(readOnly = true)
	public boolean existsWithTitle(String title) {
		return this.repository.existsByTitle(title);
	}

	public static List<GoodPracticeField> missingToPublish(GoodPracticeData data) {
		return java.util.Arrays.stream(GoodPracticeField.values())
			.filter((field) -> field.isNeededToPublish() && !data.isFilled(field))
			.toList();
	}

	private GoodPractice find(long id) {
		return this.repository.findById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * Removes the two characters that mark matches in search snippets, so that no text
	 * can fake a highlight.
	 */
	private static GoodPracticeData clean(GoodPracticeData data) {
		Map<GoodPracticeField, String> texts = new EnumMap<>(GoodPracticeField.class);
		data.texts().forEach((field, value) -> texts.put(field, Snippet.withoutMarkers(value)));
		List<GoodPracticeLink> links = data.links()
			.stream()
			.map((link) -> new GoodPracticeLink(link.url().strip(), Snippet.withoutMarkers(link.label())))
			.toList();
		return new GoodPracticeData(texts, data.startDate(), data.themeIds(), data.languages(), links);
	}

}
