package org.citymentor.supportnetwork;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkMemberRepository extends JpaRepository<NetworkMember, Long> {

	List<NetworkMember> findByParticipantIdOrderByIdAsc(long participantId);

	Optional<NetworkMember> findByIdAndParticipantId(long id, long participantId);

}
