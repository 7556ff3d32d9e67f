package org.citymentor.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.citymentor.access.GroupMembers;
import org.citymentor.access.MemberRole;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.group.GroupData;
import org.citymentor.group.GroupStatus;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.matching.Application.Side;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cities apply to a call and withdraw. A mentee application opens a forming group with
 * the city as its only participant (decisions.md 8), where its needs analysis is written.
 */
@Service
public class Applications {

	public static final int PAGE_SIZE = 50;

	private static final String SELECT = """
			select a.*, o.name as organisation_name, o.country,
			       (select string_agg(t.theme_id::text, ' ') from call_application_theme t where t.application_id = a.id) as themes,
			       (select string_agg(l.language, ' ') from call_application_language l where l.application_id = a.id) as languages,
			       (select case when exists (select 1 from form_version v where v.document_id = d.id) then 'SUBMITTED'
			                    when d.shared_with_group then 'SHARED' else 'DRAFT' end
			        from form_document d where d.kind = 'NEEDS_ANALYSIS' and d.participant_id = a.participant_id) as needs,
			       exists (select 1 from form_document d join form_version v on v.document_id = d.id
			               where d.kind = 'MENTOR_PROFILE' and d.organisation_id = a.organisation_id
			               and d.participant_id is null) as profile,
			       exists (select 1 from form_document d join form_version v on v.document_id = d.id
			               where d.kind = 'LOCAL_CONTEXT' and d.organisation_id = a.organisation_id) as context
			from call_application a join organisation o on o.id = a.organisation_id
			""";

	private final JdbcClient jdbc;

	private final Groups groups;

	private final GroupMembers members;

	private final Clock clock;

	Applications(JdbcClient jdbc, Groups groups, GroupMembers members, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.members = members;
		this.clock = clock;
	}

	/**
	 * Applies for the organisation. A closed call, a passed deadline or a second
	 * application on the same side are refused.
	 */
	@Transactional
	public long apply(Call call, long organisationId, String organisationName, Side side, Set<Long> themeIds,
			Set<String> languages, Integer capacity, String motivation, Actor applicant, java.time.LocalDate today) {
		this.jdbc.sql("select id from matching_call where id = ? for update")
			.param(call.id())
			.query(Long.class)
			.single();
		if (!call.acceptsApplications(today)) {
			throw new MatchingRuleException(
					call.pastDeadline(today) ? "matching.apply.error.deadline" : "matching.apply.error.closed");
		}
		boolean applied = this.jdbc.sql("""
				select exists (select 1 from call_application where call_id = ? and organisation_id = ? and side = ?
				               and status = 'SUBMITTED')
				""").params(call.id(), organisationId, side.name()).query(Boolean.class).single();
		if (applied) {
			throw new MatchingRuleException("matching.apply.error.twice");
		}
		Long groupId = null;
		Long participantId = null;
		if (side == Side.MENTEE) {
			groupId = this.groups.createGroup(call.programmeId(), new GroupData(call.title() + " – " + organisationName,
					null, null, null, GroupStatus.FORMING, themeIds, languages, null, null, null, null, null),
					applicant);
			participantId = this.groups.addParticipant(groupId, organisationId, ParticipantSide.MENTEE,
					ParticipantRole.CITY, organisationName, applicant);
			this.members.add(groupId, participantId, applicant.id(), MemberRole.LEAD_OFFICER);
		}
		long id = this.jdbc.sql("""
				insert into call_application (call_id, organisation_id, side, group_id, participant_id, capacity,
				                              motivation, applied_by, applied_by_name, applied_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(call.id(), organisationId, side.name(), groupId, participantId,
					(side == Side.MENTOR) ? capacity : null, Calls.blankToNull(motivation), applicant.id(),
					applicant.name(), Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		themeIds.forEach(
				(theme) -> this.jdbc.sql("insert into call_application_theme (application_id, theme_id) values (?, ?)")
					.params(id, theme)
					.update());
		languages.forEach((language) -> this.jdbc
			.sql("insert into call_application_language (application_id, language) values (?, ?)")
			.params(id, language)
			.update());
		return id;
	}

	/**
	 * Withdraws an application that is not matched yet: its draft match goes, a mentee's
	 * forming group is closed (kept, with what was written in it).
	 */
	@Transactional
	public void withdraw(Application application, Actor actor) {
		boolean matched = this.jdbc.sql("""
				select exists (select 1 from call_match where status <> 'DRAFT'
				               and (mentee_application_id = :id or mentor_application_id = :id))
				""").param("id", application.id()).query(Boolean.class).single();
		if (matched) {
			throw new MatchingRuleException("matching.withdraw.error.matched");
		}
		this.jdbc.sql("delete from call_match where mentee_application_id = :id or mentor_application_id = :id")
			.param("id", application.id())
			.update();
		this.jdbc.sql(
				"update call_application set status = 'WITHDRAWN', withdrawn_at = ?, version = version + 1 where id = ?")
			.params(Timestamp.from(this.clock.instant()), application.id())
			.update();
		if (application.groupId() != null
				&& this.groups.details(application.groupId()).data().status() == GroupStatus.FORMING) {
			this.groups.changeStatus(application.groupId(), GroupStatus.CLOSED, actor);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Application> find(long callId, long id) {
		return this.jdbc.sql(SELECT + " where a.id = ? and a.call_id = ?")
			.params(id, callId)
			.query(Applications::application)
			.optional();
	}

	/** A page of a call's current applications, mentees first, then by name. */
	@Transactional(readOnly = true)
	public List<Application> of(long callId, Side side, int page) {
		return this.jdbc.sql(SELECT + """
				 where a.call_id = ? and a.side = ? and a.status = 'SUBMITTED'
				 order by lower(o.name), a.id limit ? offset ?
				""")
			.params(callId, side.name(), PAGE_SIZE, Math.max(0, page) * PAGE_SIZE)
			.query(Applications::application)
			.list();
	}

	@Transactional(readOnly = true)
	public long count(long callId, Side side) {
		return this.jdbc
			.sql("select count(*) from call_application where call_id = ? and side = ? and status = 'SUBMITTED'")
			.params(callId, side.name())
			.query(Long.class)
			.single();
	}

	/** Every current application of the call on one side (for suggestions and review). */
	@Transactional(readOnly = true)
	public List<Application> all(long callId, Side side) {
		return this.jdbc
			.sql(SELECT + " where a.call_id = ? and a.side = ? and a.status = 'SUBMITTED' order by lower(o.name), a.id")
			.params(callId, side.name())
			.query(Applications::application)
			.list();
	}

	/** The organisation's applications to the call, current ones first. */
	@Transactional(readOnly = true)
	public List<Application> ofOrganisation(long callId, long organisationId) {
		return this.jdbc
			.sql(SELECT + " where a.call_id = ? and a.organisation_id = ? order by a.status desc, a.id desc limit 20")
			.params(callId, organisationId)
			.query(Applications::application)
			.list();
	}

	private static Application application(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		return new Application(rs.getLong("id"), rs.getLong("call_id"), rs.getLong("organisation_id"),
				rs.getString("organisation_name"), rs.getString("country"), Side.valueOf(rs.getString("side")),
				(Long) rs.getObject("group_id"), (Long) rs.getObject("participant_id"),
				(Integer) rs.getObject("capacity"), rs.getString("motivation"), withdrawn != null,
				(Long) rs.getObject("applied_by"), rs.getString("applied_by_name"),
				rs.getTimestamp("applied_at").toInstant(), Calls.ids(rs.getString("themes")),
				words(rs.getString("languages")),
				new Application.Completeness((rs.getString("needs") != null) ? rs.getString("needs") : "NONE",
						rs.getBoolean("profile"), rs.getBoolean("context")));
	}

	private static Set<String> words(String spaced) {
		return (spaced == null) ? Set.of()
				: Arrays.stream(spaced.split(" ")).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
