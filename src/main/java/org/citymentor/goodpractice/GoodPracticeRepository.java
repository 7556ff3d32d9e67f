package org.citymentor.goodpractice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoodPracticeRepository extends JpaRepository<GoodPractice, Long> {

	@Query("""
			select new org.citymentor.goodpractice.GoodPracticeOption(g.id, g.title, g.status)
			from GoodPractice g where g.ownerOrganisationId = :organisationId
			  and g.status = org.citymentor.goodpractice.GoodPracticeStatus.PUBLISHED
			order by g.title, g.id
			""")
	List<GoodPracticeOption> publishedOf(long organisationId);

	@Query("""
			select new org.citymentor.goodpractice.GoodPracticeOption(g.id, g.title, g.status)
			from GoodPractice g where g.id in :ids order by g.title, g.id
			""")
	List<GoodPracticeOption> options(Collection<Long> ids);

	boolean existsByTitle(String title);

}
