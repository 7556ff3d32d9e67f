package org.citymentor.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	@Query(value = """
			select new org.citymentor.organisation.OrganisationSummary(o.id, o.name, o.kind, o.country)
			from Organisation o
			where (:q = '' or lower(o.name) like concat('%', :q, '%') or lower(coalesce(o.region, '')) like concat('%', :q, '%'))
			  and (:kind is null or o.kind = :kind)
			  and (:country = '' or o.country = :country)
			""",
			countQuery = """
					select count(o) from Organisation o
					where (:q = '' or lower(o.name) like concat('%', :q, '%') or lower(coalesce(o.region, '')) like concat('%', :q, '%'))
					  and (:kind is null or o.kind = :kind)
					  and (:country = '' or o.country = :country)
					""")
	Page<OrganisationSummary> search(String q, OrganisationKind kind, String country, Pageable pageable);

	@Query("""
			select new org.citymentor.organisation.OrganisationSummary(o.id, o.name, o.kind, o.country)
			from Organisation o where o.id in :ids order by o.name
			""")
	List<OrganisationSummary> summaries(Collection<Long> ids);

	@Query("""
			select new org.citymentor.organisation.OrganisationSummary(a.id, a.name, a.kind, a.country)
			from Organisation a join a.memberIds m where m = :memberId order by a.name
			""")
	List<OrganisationSummary> associationsOf(long memberId);

	@Query("""
			select new org.citymentor.organisation.OrganisationSummary(o.id, o.name, o.kind, o.country)
			from Organisation o order by o.name
			""")
	List<OrganisationSummary> allSummaries();

	@Query("""
			select new org.citymentor.organisation.OrganisationSummary(o.id, o.name, o.kind, o.country)
			from Organisation o where o.kind = :kind and o.country = :country order by o.name
			""")
	List<OrganisationSummary> byKindAndCountry(OrganisationKind kind, String country);

	boolean existsByNameIgnoreCaseAndCountry(String name, String country);

}
