package org.citymentor.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.matching.Match.Status;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draft → confirm → publish. A published match completes the mentee's forming group: the
 * mentor city joins it with its applicant, and the group becomes active. When the call
 * asks both sides to accept, publishing proposes the match first; a decline returns it to
 * the draft set with the reason.
 */
@Service
public class Matches {

	static final String SELECT = """
			select m.*, me.organisation_id as mentee_org, mo.name as mentee_name, me.group_id as mentee_group,
			       mr.organisation_id as mentor_org, ro.name as mentor_name
			from call_match m
			join call_application me on me.id = m.mentee_application_id join organisation mo on mo.id = me.organisation_id
			join call_application mr on mr.id = m.mentor_application_id join organisation ro on ro.id = mr.organisation_id
			""";

	private final JdbcClient jdbc;

	private final Groups groups;

	private final GroupMembers members;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Matches(JdbcClient jdbc, Groups groups, GroupMembers members, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.members = members;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Drafts (or changes the draft of) the mentee's match. A choice other than a
	 * suggestion needs a reason; a proposed or published match is not changed here.
	 */
	@Transactional
	public void draft(long callId, Application mentee, Application mentor, boolean suggested, Integer score,
			String reason, String who) {
		if (!mentee.isMentee() || mentor.isMentee() || mentee.withdrawn() || mentor.withdrawn()) {
			throw new MatchingRuleException("matching.draft.error.sides");
		}
		if (!suggested && Calls.blankToNull(reason) == null) {
			throw new MatchingRuleException("matching.draft.error.reason");
		}
		Optional<Match> existing = ofMentee(mentee.id());
		if (existing.isPresent() && !existing.get().isDraft()) {
			throw new MatchingRuleException("matching.draft.error.published");
		}
		existing.ifPresent((m) -> this.jdbc.sql("delete from call_match where id = ?").param(m.id()).update());
		this.jdbc.sql("""
				insert into call_match (call_id, mentee_application_id, mentor_application_id, suggested, score, reason,
				                        drafted_by, drafted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(callId, mentee.id(), mentor.id(), suggested, score, Calls.blankToNull(reason), who, now())
			.update();
	}

	/** Removes a draft match; the mentee is unmatched again. */
	@Transactional
	public void remove(long callId, long matchId) {
		int removed = this.jdbc.sql("delete from call_match where id = ? and call_id = ? and status = 'DRAFT'")
			.params(matchId, callId)
			.update();
		if (removed == 0) {
			throw new MatchingRuleException("matching.draft.error.published");
		}
	}

	@Transactional(readOnly = true)
	public List<Match> ofCall(long callId) {
		return this.jdbc.sql(SELECT + " where m.call_id = ? order by lower(mo.name), m.id")
			.param(callId)
			.query(Matches::match)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Match> find(long callId, long matchId) {
		return this.jdbc.sql(SELECT + " where m.id = ? and m.call_id = ?")
			.params(matchId, callId)
			.query(Matches::match)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Match> ofMentee(long menteeApplicationId) {
		return this.jdbc.sql(SELECT + " where m.mentee_application_id = ?")
			.param(menteeApplicationId)
			.query(Matches::match)
			.optional();
	}

	/** The matches an application is part of, on either side. */
	@Transactional(readOnly = true)
	public List<Match> ofApplication(long applicationId) {
		return this.jdbc
			.sql(SELECT + " where m.mentee_application_id = :id or m.mentor_application_id = :id order by m.id")
			.param("id", applicationId)
			.query(Matches::match)
			.list();
	}

	/**
	 * Publishes every draft match of the call. Mentees without a match stay in the call;
	 * publishing while there are any needs {@code confirmUnmatched}.
	 * @return how many matches were published or proposed
	 */
	@Transactional
	public int publish(Call call, boolean confirmUnmatched, Actor actor) {
		this.jdbc.sql("select id from matching_call where id = ? for update")
			.param(call.id())
			.query(Long.class)
			.single();
		long unmatched = this.jdbc
			.sql("""
					select count(*) from call_application a where a.call_id = ? and a.side = 'MENTEE' and a.status = 'SUBMITTED'
					and not exists (select 1 from call_match m where m.mentee_application_id = a.id)
					""")
			.param(call.id())
			.query(Long.class)
			.single();
		if (unmatched > 0 && !confirmUnmatched) {
			throw new MatchingRuleException("matching.publish.error.unmatched");
		}
		List<Match> drafts = ofCall(call.id()).stream().filter(Match::isDraft).toList();
		if (drafts.isEmpty()) {
			throw new MatchingRuleException("matching.publish.error.none");
		}
		for (Match match : drafts) {
			if (call.acceptanceRequired()) {
				this.jdbc.sql("""
						update call_match set status = 'PROPOSED', published_at = ?, mentee_accepted_at = null,
						       mentor_accepted_at = null, version = version + 1 where id = ?
						""").params(now(), match.id()).update();
				notify(match, "proposed", "/calls/" + call.id() + "/applications/");
			}
			else {
				complete(match, actor);
			}
		}
		return drafts.size();
	}

	/** One side accepts a proposed match; once both did, it is published. */
	@Transactional
	public void accept(Match match, long organisationId, Actor actor) {
		requireProposed(match);
		String column = (organisationId == match.menteeOrganisationId()) ? "mentee_accepted_at" : "mentor_accepted_at";
		this.jdbc.sql("update call_match set " + column + " = ?, version = version + 1 where id = ?")
			.params(now(), match.id())
			.update();
		Match updated = find(match.callId(), match.id()).orElseThrow();
		if (updated.menteeAcceptedAt() != null && updated.mentorAcceptedAt() != null) {
			complete(updated, actor);
		}
	}

	/** One side declines: the match returns to the draft set with the reason. */
	@Transactional
	public void decline(Match match, String organisationName, String reason) {
		requireProposed(match);
		if (Calls.blankToNull(reason) == null) {
			throw new MatchingRuleException("matching.decline.error.reason");
		}
		this.jdbc.sql("""
				update call_match set status = 'DRAFT', declined_reason = ?, declined_by = ?, declined_at = ?,
				       mentee_accepted_at = null, mentor_accepted_at = null, published_at = null, version = version + 1
				where id = ?
				""").params(reason.trim(), organisationName, now(), match.id()).update();
	}

	private void requireProposed(Match match) {
		if (match.status() != Status.PROPOSED) {
			throw new MatchingRuleException("matching.accept.error.notProposed");
		}
	}

	/** The mentor city joins the mentee's group with its applicant; the group starts. */
	private void complete(Match match, Actor actor) {
		Long mentorApplicant = this.jdbc.sql("select applied_by from call_application where id = ?")
			.param(match.mentorApplicationId())
			.query((rs, row) -> (Long) rs.getObject(1))
			.single();
		if (match.menteeGroupId() != null) {
			GroupDetails group = this.groups.details(match.menteeGroupId());
			long participant = group.participants()
				.stream()
				.filter((p) -> p.organisationId() == match.mentorOrganisationId())
				.map(GroupDetails.Participant::id)
				.findFirst()
				.orElseGet(() -> this.groups.addParticipant(group.id(), match.mentorOrganisationId(),
						ParticipantSide.MENTOR, ParticipantRole.CITY, match.mentorName(), actor));
			if (mentorApplicant != null) {
				this.members.add(group.id(), participant, mentorApplicant, MemberRole.LEAD_OFFICER);
			}
			if (group.data().status() == GroupStatus.FORMING) {
				this.groups.changeStatus(group.id(), GroupStatus.ACTIVE, actor);
			}
		}
		this.jdbc
			.sql("""
					update call_match set status = 'PUBLISHED', published_at = coalesce(published_at, ?), version = version + 1
					where id = ?
					""")
			.params(now(), match.id())
			.update();
		notify(match, "published",
				(match.menteeGroupId() != null) ? "/groups/" + match.menteeGroupId() : "/calls/" + match.callId());
	}

	private void notify(Match match, String kind, String path) {
		List<Long> people = new ArrayList<>(
				this.jdbc.sql("select applied_by from call_application where id in (?, ?) and applied_by is not null")
					.params(match.menteeApplicationId(), match.mentorApplicationId())
					.query(Long.class)
					.list());
		people.removeIf(Objects::isNull);
		if (kind.equals("proposed")) {
			// each side is sent to its own application, where it accepts or declines
			this.jdbc.sql("select id, applied_by from call_application where id in (?, ?) and applied_by is not null")
				.params(match.menteeApplicationId(), match.mentorApplicationId())
				.query((rs, row) -> new MatchNotice(List.of(rs.getLong("applied_by")), kind, match.menteeName(),
						match.mentorName(), path + rs.getLong("id")))
				.list()
				.forEach(this.events::publishEvent);
			return;
		}
		this.events.publishEvent(new MatchNotice(people, kind, match.menteeName(), match.mentorName(), path));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	static Match match(ResultSet rs, int row) throws SQLException {
		return new Match(rs.getLong("id"), rs.getLong("call_id"), rs.getLong("mentee_application_id"),
				rs.getLong("mentee_org"), rs.getString("mentee_name"), (Long) rs.getObject("mentee_group"),
				rs.getLong("mentor_application_id"), rs.getLong("mentor_org"), rs.getString("mentor_name"),
				Status.valueOf(rs.getString("status")), rs.getBoolean("suggested"), (Integer) rs.getObject("score"),
				rs.getString("reason"), instant(rs, "mentee_accepted_at"), instant(rs, "mentor_accepted_at"),
				rs.getString("declined_reason"), rs.getString("declined_by"), instant(rs, "published_at"),
				rs.getLong("version"));
	}

}
