package org.citymentor.supportnetwork;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkMeetingRepository extends JpaRepository<NetworkMeeting, Long> {

	List<NetworkMeeting> findByParticipantIdOrderByMeetingDateDescIdDesc(long participantId);

	Optional<NetworkMeeting> findByIdAndParticipantId(long id, long participantId);

}
