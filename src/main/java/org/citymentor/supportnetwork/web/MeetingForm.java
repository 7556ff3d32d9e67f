package org.citymentor.supportnetwork.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.citymentor.supportnetwork.MeetingData;
import org.citymentor.supportnetwork.NetworkMeetingDetails;

/** A meeting of the support network as typed. */
public class MeetingForm {

	@NotNull(message = "{supportNetwork.meetingDate.required}")
	private LocalDate date;

	private List<Long> attendeeIds = new ArrayList<>();

	@Size(max = 1000, message = "{validation.length.max}")
	private String othersPresent;

	@Size(max = 10000, message = "{validation.length.max}")
	private String contribution;

	private long version;

	static MeetingForm from(NetworkMeetingDetails meeting) {
		MeetingData data = meeting.data();
		MeetingForm form = new MeetingForm();
		form.date = data.date();
		form.attendeeIds = new ArrayList<>(data.attendeeIds().stream().sorted().toList());
		form.othersPresent = data.othersPresent();
		form.contribution = data.contribution();
		form.version = meeting.version();
		return form;
	}

	MeetingData toData() {
		return new MeetingData(this.date,
				new LinkedHashSet<>(this.attendeeIds.stream().filter(Objects::nonNull).toList()), this.othersPresent,
				this.contribution);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public List<Long> getAttendeeIds() {
		return this.attendeeIds;
	}

	public void setAttendeeIds(List<Long> attendeeIds) {
		this.attendeeIds = (attendeeIds != null) ? attendeeIds : new ArrayList<>();
	}

	public String getOthersPresent() {
		return this.othersPresent;
	}

	public void setOthersPresent(String othersPresent) {
		this.othersPresent = othersPresent;
	}

	public String getContribution() {
		return this.contribution;
	}

	public void setContribution(String contribution) {
		this.contribution = contribution;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
