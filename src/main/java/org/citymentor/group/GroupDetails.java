package org.citymentor.group;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A group as its page shows it. */
public record GroupDetails(long id, long programmeId, long version, GroupData data, List<Participant> participants,
		Instant createdAt, Instant lastActivityAt) {

	public Optional<Participant> participant(long participantId) {
		return this.participants.stream().filter((p) -> p.id() == participantId).findFirst();
	}

	/** An organisation in the group. */
	public record Participant(long id, long organisationId, ParticipantSide side, ParticipantRole role) {

		public boolean isMentee() {
			return this.side == ParticipantSide.MENTEE || this.side == ParticipantSide.BOTH;
		}

		public boolean isMentor() {
			return this.side == ParticipantSide.MENTOR || this.side == ParticipantSide.BOTH;
		}

	}

}
