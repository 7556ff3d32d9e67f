package org.citymentor.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation directory: find, read, add and change organisations. */
@Service
public class Organisations {

	public static final int PAGE_SIZE = 25;

	private final OrganisationRepository repository;

	Organisations(OrganisationRepository repository) {
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public Page<OrganisationSummary> search(String query, OrganisationKind kind, String country, int page) {
		String q = (query != null) ? query.trim().toLowerCase(Locale.ROOT) : "";
		String c = (country != null) ? country : "";
		return this.repository.search(q, kind, c,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name").ascending().and(Sort.by("id"))));
	}

	@Transactional(readOnly = true)
	public OrganisationDetails details(long id) {
		Organisation organisation = this.repository.findById(id).orElseThrow(NotFoundException::new);
		List<OrganisationSummary> members = organisation.getMemberIds().isEmpty() ? List.of()
				: this.repository.summaries(organisation.getMemberIds());
		return new OrganisationDetails(organisation.getId(), organisation.getName(), organisation.getKind(),
				organisation.getCountry(), organisation.getRegion(), organisation.getWebsite(),
				List.copyOf(organisation.getLanguages()), organisation.getVersion(), members,
				this.repository.associationsOf(id));
	}

	@Transactional
	public long create(OrganisationData data, Long createdBy) {
		return this.repository.save(new Organisation(data, createdBy)).getId();
	}

	/**
	 * Saves changes made to the version the person saw; refuses if someone saved in
	 * between.
	 */
	@Transactional
	public void update(long id, long seenVersion, OrganisationData data) {
		Organisation organisation = this.repository.findById(id).orElseThrow(NotFoundException::new);
		if (organisation.getVersion() != seenVersion) {
			throw new StaleEditException();
		}
		organisation.apply(data);
	}

	@Transactional
	public void addMember(long associationId, long memberId) {
		Organisation association = this.repository.findById(associationId).orElseThrow(NotFoundException::new);
		if (association.getKind() != OrganisationKind.ASSOCIATION || associationId == memberId
				|| !this.repository.existsById(memberId)) {
			throw new NotFoundException();
		}
		association.addMember(memberId);
	}

	@Transactional
	public void removeMember(long associationId, long memberId) {
		this.repository.findById(associationId).orElseThrow(NotFoundException::new).removeMember(memberId);
	}

	/** Cities of the association's country that are not members yet, to pick from. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> memberCandidates(long associationId) {
		Organisation association = this.repository.findById(associationId).orElseThrow(NotFoundException::new);
		return this.repository.byKindAndCountry(OrganisationKind.CITY, association.getCountry())
			.stream()
			.filter((city) -> !association.getMemberIds().contains(city.id()))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean exists(long id) {
		return this.repository.existsById(id);
	}

	@Transactional(readOnly = true)
	public Map<Long, OrganisationSummary> summaries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.summaries(ids)
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	/** Every organisation, by name, for a select list. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> all() {
		return this.repository.allSummaries();
	}

	@Transactional(readOnly = true)
	public boolean nameTaken(String name, String country) {
		return this.repository.existsByNameIgnoreCaseAndCountry(name.trim(), country);
	}

}
