package org.citymentor.programme;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	@Query("""
			select new org.citymentor.programme.ProgrammeSummary(p.id, p.name, p.format, p.coordinatingOrganisationId,
			       p.startDate, p.endDate)
			from Programme p where p.id in :ids order by p.startDate desc nulls last, p.name
			""")
	List<ProgrammeSummary> summaries(Collection<Long> ids);

}
