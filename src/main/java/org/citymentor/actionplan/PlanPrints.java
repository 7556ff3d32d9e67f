package org.citymentor.actionplan;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citymentor.actionplan.PlanApprovals.Body;
import org.citymentor.actionplan.PlanContent.Action;
import org.citymentor.actionplan.PlanContent.Indicator;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormVersions;
import org.citymentor.form.FormVersions.Version;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupDetails.Participant;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantRole;
import org.citymentor.group.ParticipantSide;
import org.citymentor.organisation.Organisations;
import org.citymentor.shared.DisplayZone;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts together what a printed plan shows ({@link PlanPrint}) in the reader's language.
 */
@Service
@Transactional(readOnly = true)
public class PlanPrints {

	private final Groups groups;

	private final Organisations organisations;

	private final FormVersions versions;

	private final DraftAnswers drafts;

	private final PlanSnapshots snapshots;

	private final PlanActions actions;

	private final PlanCommitments commitments;

	private final PlanApprovals approvals;

	private final DisplayZone zone;

	private final java.time.Clock clock;

	private final MessageSource messages;

	PlanPrints(Groups groups, Organisations organisations, FormVersions versions, DraftAnswers drafts,
			PlanSnapshots snapshots, PlanActions actions, PlanCommitments commitments, PlanApprovals approvals,
			DisplayZone zone, java.time.Clock clock, MessageSource messages) {
		this.groups = groups;
		this.organisations = organisations;
		this.versions = versions;
		this.drafts = drafts;
		this.snapshots = snapshots;
		this.actions = actions;
		this.commitments = commitments;
		this.approvals = approvals;
		this.zone = zone;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * The plan of a mentee participant as a version (or, with {@code version} null, its
	 * draft) shows it. Who may read which is for the caller to decide.
	 */
	public PlanPrint of(long groupId, long participantId, long documentId, Version version, Locale locale) {
		GroupDetails group = this.groups.details(groupId);
		Map<Long, String> names = new java.util.HashMap<>();
		this.organisations.summaries(group.participants().stream().map(Participant::organisationId).toList())
			.forEach((id, summary) -> names.put(id, summary.name()));
		return of(group, names, participantId, documentId, version, locale);
	}

	/**
	 * The same, for a page that has the group and the names of its organisations already.
	 */
	public PlanPrint of(GroupDetails group, Map<Long, String> names, long participantId, long documentId,
			Version version, Locale locale) {
		Participant mentee = group.participant(participantId).orElseThrow(NotFoundException::new);
		String mentors = String.join(", ",
				group.participants()
					.stream()
					.filter((p) -> p.side() == ParticipantSide.MENTOR && p.role() == ParticipantRole.CITY)
					.map((p) -> names.get(p.organisationId()))
					.toList());
		Map<String, Answer> answers = (version != null) ? this.versions.answers(version.id())
				: this.drafts.of(documentId);
		PlanContent content = (version != null) ? this.snapshots.content(version.id())
				: this.actions.content(documentId);
		LocalDate date = (version != null) ? version.submittedAt().atZone(this.zone.zone()).toLocalDate()
				: LocalDate.now(this.clock.withZone(this.zone.zone()));
		String approved = (version != null) ? this.approvals.ofVersion(documentId, version.number())
			.map((a) -> approvalLine(a.body(), a.bodyOther(), a.decidedOn(), a.reference(), locale))
			.orElse(null) : null;
		String stage = text(answers, "stage");
		return new PlanPrint(msg("planExport.planName", locale), group.data().title(),
				names.get(mentee.organisationId()), mentors, date, (version != null) ? version.number() : null,
				(stage != null && ActionPlanQuestions.STAGES.contains(stage)) ? msg("planExport.stage." + stage, locale)
						: null,
				approved, text(answers, "title"), text(answers, "vision"), commitments(documentId, locale),
				parts(content, locale));
	}

	/**
	 * The actions of the plan by key, as the reader may see them: from the oldest version
	 * to the newest, then the draft when {@code draft}; the latest wording wins.
	 */
	public Map<java.util.UUID, Named> actionsByKey(long documentId, boolean draft, Locale locale) {
		List<PlanContent> contents = new ArrayList<>();
		List<Version> all = new ArrayList<>(this.versions.of(documentId));
		java.util.Collections.reverse(all);
		all.forEach((v) -> contents.add(this.snapshots.content(v.id())));
		if (draft) {
			contents.add(this.actions.content(documentId));
		}
		Map<java.util.UUID, Named> named = new java.util.LinkedHashMap<>();
		for (PlanContent content : contents) {
			for (PlanContent.Part part : content.parts()) {
				String heading = heading(part, locale);
				part.actions().forEach((a) -> named.put(a.key(), new Named(heading, a)));
			}
		}
		return named;
	}

	/** "Approved by the city council on 3 May 2026 (reference: 2026/41)". */
	public String approvalLine(Body body, String bodyOther, LocalDate decidedOn, String reference, Locale locale) {
		String who = (body == Body.OTHER && bodyOther != null) ? bodyOther : msg("planApproval.by." + body, locale);
		String on = date(decidedOn, locale);
		return (reference != null && !reference.isBlank()) ? this.messages
			.getMessage("planExport.approvedWithReference", new Object[] { who, on, reference }, locale)
				: this.messages.getMessage("planExport.approved", new Object[] { who, on }, locale);
	}

	public static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
	}

	private List<String> commitments(long documentId, Locale locale) {
		return this.commitments.of(documentId).stream().map((c) -> {
			StringBuilder line = new StringBuilder(c.personName());
			if (c.office() != null && !c.office().isBlank()) {
				line.append(", ").append(c.office());
			}
			line.append(" – ").append(msg("planExport.how." + c.how(), locale));
			if (c.since() != null) {
				line.append(" – ")
					.append(this.messages.getMessage("planExport.since", new Object[] { date(c.since(), locale) },
							locale));
			}
			return line.toString();
		}).toList();
	}

	private List<PlanPrint.Part> parts(PlanContent content, Locale locale) {
		List<PlanPrint.Part> parts = new ArrayList<>();
		for (PlanContent.Part part : content.parts()) {
			String heading = heading(part, locale);
			parts
				.add(new PlanPrint.Part(heading, part.actions().stream().map((a) -> row(heading, a, locale)).toList()));
		}
		return parts;
	}

	private String heading(PlanContent.Part part, Locale locale) {
		return this.messages.getMessage("planExport.part", new Object[] { part.letter(), part.title() }, locale);
	}

	private PlanPrint.Row row(String part, Action a, Locale locale) {
		String starts = end(a.startsOn(), a.byMonth(), DateTimeFormatter.ISO_LOCAL_DATE);
		String ends = end(a.endsOn(), a.byMonth(), DateTimeFormatter.ISO_LOCAL_DATE);
		String timeframe = String.join(" – ",
				java.util.stream.Stream
					.of(end(a.startsOn(), a.byMonth(), DateTimeFormatter.ofPattern("d MMMM yyyy", locale)),
							end(a.endsOn(), a.byMonth(), DateTimeFormatter.ofPattern("d MMMM yyyy", locale)))
					.filter(java.util.Objects::nonNull)
					.toList());
		String funding = (a.funding() != null) ? plain(a.funding()) : null;
		String fundingText = (a.funding() != null)
				? this.messages.getMessage("planExport.funding", new Object[] { euro(a.funding(), locale) }, locale)
				: null;
		List<String> indicators = a.indicators().stream().map((i) -> indicator(i, locale)).toList();
		return new PlanPrint.Row(part, a.title(), a.outcomes(), timeframe.isEmpty() ? null : timeframe, starts, ends,
				a.leadName(), a.resources(), funding, fundingText, a.measuring(), indicators);
	}

	private String indicator(Indicator i, Locale locale) {
		String target = plain(i.target()) + ((i.unit() != null && !i.unit().isBlank()) ? " " + i.unit() : "");
		return this.messages.getMessage("planExport.indicator", new Object[] { i.name(), target }, locale);
	}

	/** A timeframe's end: a month ("March 2022", "2022-03") or a day. */
	private static String end(LocalDate date, boolean byMonth, DateTimeFormatter dayFormat) {
		if (date == null) {
			return null;
		}
		if (!byMonth) {
			return dayFormat.format(date);
		}
		boolean iso = dayFormat == DateTimeFormatter.ISO_LOCAL_DATE;
		YearMonth month = YearMonth.from(date);
		return iso ? month.toString() : DateTimeFormatter.ofPattern("MMMM yyyy", dayFormat.getLocale()).format(month);
	}

	static String plain(BigDecimal amount) {
		BigDecimal n = amount.stripTrailingZeros();
		return ((n.scale() < 0) ? n.setScale(0) : n).toPlainString();
	}

	private static String euro(BigDecimal amount, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance("EUR"));
		if (amount.stripTrailingZeros().scale() <= 0) {
			format.setMaximumFractionDigits(0);
		}
		return format.format(amount);
	}

	private static String text(Map<String, Answer> answers, String key) {
		Answer answer = answers.get(key);
		return (answer != null && answer.text() != null && !answer.text().isBlank()) ? answer.text() : null;
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** An action with the heading of the part it is in. */
	public record Named(String part, Action action) {
	}

}
