package org.citymentor.visit.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.actionplan.ActionPlans;
import org.citymentor.form.FormVersions;
import org.citymentor.group.GroupDetails;
import org.citymentor.shared.DisplayZone;
import org.citymentor.supportnetwork.NetworkMemberDetails;
import org.citymentor.supportnetwork.SupportNetworks;
import org.citymentor.visit.Visit;
import org.citymentor.visit.VisitOutcomes;
import org.citymentor.visit.VisitParticipant;
import org.citymentor.visit.VisitParticipants;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the fragments of the visit page ({@code visits/_agenda.html}) show, as the
 * signed-in person may see it, and the choices of the participants and outcome forms.
 * Templates reach it as {@code @visitParts}.
 */
@Component("visitParts")
public class VisitParts {

	private final AgendaPages pages;

	private final VisitPdf pdf;

	private final VisitParticipants participants;

	private final VisitOutcomes outcomes;

	private final GroupMembers members;

	private final AccountService accounts;

	private final SupportNetworks networks;

	private final ActionPlans plans;

	private final FormVersions versions;

	private final MessageSource messages;

	private final DisplayZone zone;

	VisitParts(AgendaPages pages, VisitPdf pdf, VisitParticipants participants, VisitOutcomes outcomes,
			GroupMembers members, AccountService accounts, SupportNetworks networks, ActionPlans plans,
			FormVersions versions, MessageSource messages, DisplayZone zone) {
		this.pages = pages;
		this.pdf = pdf;
		this.participants = participants;
		this.outcomes = outcomes;
		this.members = members;
		this.accounts = accounts;
		this.networks = networks;
		this.plans = plans;
		this.versions = versions;
		this.messages = messages;
		this.zone = zone;
	}

	/** The agenda by day, and whether this person may change it. */
	public AgendaView agenda(Visit visit) {
		AgendaPages.Page page = this.pages.current(visit);
		return new AgendaView(page.base(), page.mayPlan(), this.pdf.days(visit));
	}

	/**
	 * The participants. Members of a support network are named to the group's members
	 * only; others (coordinators) see how many there are.
	 */
	public ParticipantsView participants(Visit visit) {
		AgendaPages.Page page = this.pages.current(visit);
		List<VisitParticipant> all = this.participants.of(visit.id());
		List<VisitParticipant> shown = page.member() ? all : all.stream().filter((p) -> !p.isNetwork()).toList();
		int hiddenNetwork = all.size() - shown.size();
		return new ParticipantsView(page.base(), page.mayPlan(), this.outcomes.isOver(visit), shown, hiddenNetwork);
	}

	/**
	 * The outcome and the feedback taken together. Comments only for the group's members,
	 * never with names.
	 */
	public OutcomeView outcome(Visit visit) {
		AgendaPages.Page page = this.pages.current(visit);
		boolean over = this.outcomes.isOver(visit);
		Optional<VisitOutcomes.Outcome> outcome = this.outcomes.of(visit.id());
		PlanVersion version = outcome.map(VisitOutcomes.Outcome::planVersionId)
			.flatMap((id) -> planVersions(visit.groupId()).stream().filter((v) -> v.id() == id).findFirst())
			.orElse(null);
		VisitOutcomes.FeedbackSummary summary = this.outcomes.summary(visit.id());
		if (!page.member()) {
			summary = new VisitOutcomes.FeedbackSummary(summary.count(), summary.average(), List.of());
		}
		Long userId = this.pages.currentUserId();
		boolean mayGiveFeedback = over && userId != null && this.participants.isParticipant(visit.id(), userId);
		return new OutcomeView(page.base(), page.mayPlan(), over, outcome.orElse(null), version, summary,
				mayGiveFeedback);
	}

	/**
	 * People of the group who may take part: account id → name and the organisation they
	 * are there for.
	 */
	Map<Long, VisitParticipants.Named> groupPeople(long groupId) {
		GroupDetails group = this.pages.group(groupId);
		Map<Long, String> organisations = new LinkedHashMap<>();
		group.participants().forEach((p) -> organisations.put(p.id(), this.pages.organisationName(p.organisationId())));
		List<GroupMembers.Member> current = this.members.of(groupId);
		Map<Long, AccountService.Person> people = this.accounts
			.people(current.stream().map(GroupMembers.Member::userId).toList());
		Map<Long, VisitParticipants.Named> result = new LinkedHashMap<>();
		current.stream()
			.filter((m) -> people.containsKey(m.userId()))
			.sorted(java.util.Comparator.comparing((GroupMembers.Member m) -> people.get(m.userId()).displayName(),
					String.CASE_INSENSITIVE_ORDER))
			.forEach((m) -> result.putIfAbsent(m.userId(), new VisitParticipants.Named(
					people.get(m.userId()).displayName(), organisations.get(m.participantId()))));
		return result;
	}

	/** Members of the support networks of the group's participants: id → name. */
	Map<Long, VisitParticipants.Named> networkPeople(long groupId) {
		Map<Long, VisitParticipants.Named> result = new LinkedHashMap<>();
		for (GroupDetails.Participant participant : this.pages.group(groupId).participants()) {
			for (NetworkMemberDetails member : this.networks.members(participant.id())) {
				result.put(member.id(),
						new VisitParticipants.Named(member.data().name(), member.data().organisation()));
			}
		}
		return result;
	}

	/** The submitted versions of the group's action plans, newest first per plan. */
	List<PlanVersion> planVersions(long groupId) {
		GroupDetails group = this.pages.group(groupId);
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		List<PlanVersion> result = new ArrayList<>();
		for (ActionPlans.Standing plan : this.plans.of(List.of(groupId)).getOrDefault(groupId, List.of())) {
			String mentee = group.participant(plan.participantId())
				.map((p) -> this.pages.organisationName(p.organisationId()))
				.orElse("");
			List<FormVersions.Version> all = new ArrayList<>(this.versions.of(plan.documentId()));
			all.sort(java.util.Comparator.comparingInt(FormVersions.Version::number).reversed());
			for (FormVersions.Version version : all) {
				String date = (version.submittedAt() != null)
						? version.submittedAt().atZone(this.zone.zone()).format(format) : "";
				result.add(new PlanVersion(version.id(),
						this.messages.getMessage("visit.outcome.planVersion",
								new Object[] { mentee, version.number(), date }, locale),
						"/groups/" + groupId + "/participants/" + plan.participantId() + "/action-plan/versions/"
								+ version.number()));
			}
		}
		return result;
	}

	/** The agenda on the visit page. */
	public record AgendaView(String base, boolean mayPlan, List<VisitPdf.AgendaDay> days) {

		public boolean isEmpty() {
			return this.days.stream().allMatch((d) -> d.rows().isEmpty());
		}

	}

	/**
	 * The participants on the visit page.
	 *
	 * @param hiddenNetwork how many members of a support network are not named to this
	 * person
	 */
	public record ParticipantsView(String base, boolean mayPlan, boolean over, List<VisitParticipant> shown,
			int hiddenNetwork) {
	}

	/** The outcome on the visit page. */
	public record OutcomeView(String base, boolean mayPlan, boolean over, VisitOutcomes.Outcome outcome,
			PlanVersion planVersion, VisitOutcomes.FeedbackSummary feedback, boolean mayGiveFeedback) {
	}

	/** A submitted version of an action plan, to choose and to link to. */
	public record PlanVersion(long id, String label, String url) {
	}

}
