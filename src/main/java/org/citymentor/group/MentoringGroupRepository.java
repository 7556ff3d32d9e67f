package org.citymentor.group;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentoringGroupRepository extends JpaRepository<MentoringGroup, Long> {

	@EntityGraph(attributePaths = "participants")
	@Query("select g from MentoringGroup g where g.id = ?1")
	java.util.Optional<MentoringGroup> findWithParticipants(long id);

	@Query("select g.programmeId from MentoringGroup g where g.id = ?1")
	java.util.Optional<Long> programmeOf(long id);

	List<MentoringGroup> findByProgrammeIdOrderByTitle(long programmeId);

}
