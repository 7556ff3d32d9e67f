package org.citymentor.supportnetwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** A meeting of a city's local support network. */
@Entity
@Table(name = "support_network_meeting")
class NetworkMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long groupId;

	private long participantId;

	private LocalDate meetingDate;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "support_network_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "member_id")
	private Set<Long> attendeeIds = new LinkedHashSet<>();

	private String othersPresent;

	private String contribution;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected NetworkMeeting() {
	}

	NetworkMeeting(long groupId, long participantId, MeetingData data, Instant now) {
		this.groupId = groupId;
		this.participantId = participantId;
		apply(data, now);
	}

	void apply(MeetingData data, Instant now) {
		this.meetingDate = data.date();
		this.attendeeIds.clear();
		this.attendeeIds.addAll(data.attendeeIds());
		this.othersPresent = Texts.blankToNull(data.othersPresent());
		this.contribution = Texts.blankToNull(data.contribution());
		this.updatedAt = now;
	}

	MeetingData data() {
		return new MeetingData(this.meetingDate, this.attendeeIds, this.othersPresent, this.contribution);
	}

	Long getId() {
		return this.id;
	}

	long getParticipantId() {
		return this.participantId;
	}

	LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	long getVersion() {
		return this.version;
	}

}
