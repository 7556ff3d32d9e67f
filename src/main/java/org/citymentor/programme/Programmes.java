package org.citymentor.programme;

import java.util.Collection;
import java.util.List;

import org.citymentor.access.Coordinators;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Set up and change programmes. Who may do so is decided by the caller with
 * {@code Access}.
 */
@Service
public class Programmes {

	private final ProgrammeRepository repository;

	private final Coordinators coordinators;

	Programmes(ProgrammeRepository repository, Coordinators coordinators) {
		this.repository = repository;
		this.coordinators = coordinators;
	}

	@Transactional(readOnly = true)
	public List<ProgrammeSummary> summaries(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.repository.summaries(ids);
	}

	@Transactional(readOnly = true)
	public ProgrammeDetails details(long id) {
		Programme programme = this.repository.findById(id).orElseThrow(NotFoundException::new);
		return new ProgrammeDetails(programme.getId(), programme.getVersion(), programme.data(),
				this.coordinators.of(id));
	}

	/** Creates a programme with its first coordinators. */
	@Transactional
	public long createProgramme(ProgrammeData data, Collection<Long> coordinatorIds) {
		long id = this.repository.save(new Programme(data)).getId();
		coordinatorIds.forEach((userId) -> this.coordinators.add(id, userId));
		return id;
	}

	@Transactional
	public void updateProgramme(long id, long seenVersion, ProgrammeData data) {
		Programme programme = this.repository.findById(id).orElseThrow(NotFoundException::new);
		if (programme.getVersion() != seenVersion) {
			throw new StaleEditException();
		}
		programme.apply(data);
	}

	@Transactional
	public void addCoordinator(long programmeId, long userId) {
		this.repository.findById(programmeId).orElseThrow(NotFoundException::new);
		this.coordinators.add(programmeId, userId);
	}

	/**
	 * False when the person is the programme's last coordinator: a programme always keeps
	 * one.
	 */
	@Transactional
	public boolean removeCoordinator(long programmeId, long userId) {
		this.repository.findById(programmeId).orElseThrow(NotFoundException::new);
		return this.coordinators.remove(programmeId, userId);
	}

}
