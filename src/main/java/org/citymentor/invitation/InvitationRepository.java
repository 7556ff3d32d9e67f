package org.citymentor.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	@Query("""
			select i from Invitation i where i.groupId = ?1 and i.acceptedAt is null and i.withdrawnAt is null
			order by i.sentAt desc, i.id desc""")
	List<Invitation> openForGroup(long groupId);

	@Query("""
			select i from Invitation i where i.programmeId = ?1 and i.kind = ?2
			and i.acceptedAt is null and i.withdrawnAt is null order by i.sentAt desc, i.id desc""")
	List<Invitation> openForProgramme(long programmeId, InvitationKind kind);

	@Query("""
			select i from Invitation i where i.groupId = ?1 and i.email = ?2
			and i.acceptedAt is null and i.withdrawnAt is null""")
	List<Invitation> openForGroupAndEmail(long groupId, String email);

	@Query("""
			select i from Invitation i where i.programmeId = ?1 and i.kind = ?2 and i.email = ?3
			and i.acceptedAt is null and i.withdrawnAt is null""")
	List<Invitation> openForProgrammeAndEmail(long programmeId, InvitationKind kind, String email);

	/**
	 * Uses the invitation up, only while it is still usable: the row lock makes a second,
	 * concurrent accept wait and then change nothing.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Invitation i set i.acceptedAt = ?2 where i.id = ?1
			and i.acceptedAt is null and i.withdrawnAt is null and i.expiresAt > ?2""")
	int claim(long id, Instant now);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Invitation i set i.acceptedBy = ?2 where i.id = ?1")
	int recordAcceptedBy(long id, long userId);

}
