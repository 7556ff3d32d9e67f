package org.citymentor.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citymentor.actionplan.ActionInput;
import org.citymentor.actionplan.ActionInput.IndicatorInput;
import org.citymentor.actionplan.ActionPlans;
import org.citymentor.actionplan.PlanActions;
import org.citymentor.actionplan.PlanApprovalRecords;
import org.citymentor.actionplan.PlanContent;
import org.citymentor.actionplan.PlanMonitoring;
import org.citymentor.actionplan.PlanProgress;
import org.citymentor.actionplan.PlanApprovals;
import org.citymentor.activity.Activities;
import org.citymentor.actionplan.PlanCommitments;
import org.citymentor.actionplan.PlanSnapshots;
import org.citymentor.form.Answer;
import org.citymentor.form.DraftAnswers;
import org.citymentor.form.FormComments;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormVersions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Action plans of the demo: Capaci's plan with its long-term part and its buddy pilot, in
 * three versions (first list, revised, consolidated) with a comment of the mentor and the
 * politicians behind it; Ostend's plan for action 22, a shared draft in progress.
 */
@Component
class DemoActionPlans {

	private final ActionPlans plans;

	private final PlanActions actions;

	private final PlanSnapshots snapshots;

	private final PlanCommitments commitments;

	private final DraftAnswers drafts;

	private final FormDocuments documents;

	private final FormVersions versions;

	private final FormComments comments;

	private final JdbcClient jdbc;

	private final PlanApprovalRecords approvalRecords;

	private final PlanProgress progress;

	DemoActionPlans(PlanProgress progress, PlanApprovalRecords approvalRecords, ActionPlans plans, PlanActions actions,
			PlanSnapshots snapshots, PlanCommitments commitments, DraftAnswers drafts, FormDocuments documents,
			FormVersions versions, FormComments comments, JdbcClient jdbc) {
		this.plans = plans;
		this.actions = actions;
		this.snapshots = snapshots;
		this.commitments = commitments;
		this.drafts = drafts;
		this.documents = documents;
		this.versions = versions;
		this.comments = comments;
		this.jdbc = jdbc;
		this.approvalRecords = approvalRecords;
		this.progress = progress;
	}

	/**
	 * Creates the plans; returns Capaci's plan document id (for approval and monitoring).
	 */
	long create(Map<String, Long> org, Map<String, Long> people) {
		long capaci = capaci(org, people);
		ostend(org, people);
		return capaci;
	}

	private long capaci(Map<String, Long> org, Map<String, Long> people) {
		long participant = participant("Building a city for all%", org.get("Capaci"));
		long group = groupOf(participant);
		FormDocument plan = this.plans.open(group, participant, org.get("Capaci"));
		long id = plan.id();
		Long giulia = people.get("mentee@capaci.example.org");
		String who = "Giulia Russo";
		header(id, "A town for all: Capaci's action plan", "FIRST_LIST", who);
		long partA = this.actions.addPart(id, "A town for all: the long-term plan", who);
		long partB = this.actions.addPart(id, "Buddy pilot: reaching the town's communities", who);
		UUID map = this.actions.addAction(id, partA,
				new ActionInput("Map who lives in Capaci, together with the communities",
						"A shared picture of the town's residents, their languages and the places they meet.",
						LocalDate.of(2021, 10, 1), LocalDate.of(2022, 3, 31), true, "Social services department",
						giulia, "Two social workers; volunteers of the parish; the schools", null,
						"Meetings held with each community; a short report discussed with the council.",
						List.of(new IndicatorInput(null, "Community meetings held", new BigDecimal("6"), "meetings"))),
				who);
		UUID buddies = this.actions.addAction(id, partB,
				new ActionInput("Recruit and train resident buddies",
						"Residents ready to welcome newcomer families and show them the way around town.",
						LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 30), true, "Mayor's office", null,
						"A trainer from the regional volunteer centre; the parish hall", new BigDecimal("6000"),
						"Buddies who finish the training.",
						List.of(new IndicatorInput(null, "Buddies trained", new BigDecimal("10"), "people"))),
				who);
		submit(id, giulia, who, LocalDate.of(2021, 9, 30));
		this.comments.add(id, "action-" + buddies, people.get("mentor@mechelen.example.org"), "Sofie Peeters",
				org.get("Mechelen"),
				"Our buddies stayed when they met each other every month, not only at the training. Could you plan a monthly get-together?");

		reopen(id);
		header(id, "A town for all: Capaci's action plan", "REVISED", who);
		UUID vision = this.actions
			.addAction(id, partA, new ActionInput("Draft a shared vision of a town for all with residents and partners",
					"A vision text the council adopts and partners sign.", LocalDate.of(2022, 1, 1),
					LocalDate.of(2022, 12, 31), true, "Mayor's office", giulia,
					"Support network; a facilitator for two workshops", new BigDecimal("2500"),
					"Partners who sign the vision; residents at the workshops.",
					List.of(new IndicatorInput(null, "Partners signing the vision", new BigDecimal("10"), "partners"),
							new IndicatorInput(null, "Residents at the workshops", new BigDecimal("60"), "people"))),
					who);
		this.actions.updateAction(id, buddies, 0,
				new ActionInput("Recruit and train resident buddies",
						"Residents ready to welcome newcomer families, meeting every month to share what they learn.",
						LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 30), true, "Mayor's office", giulia,
						"A trainer from the regional volunteer centre; the parish hall; monthly get-togethers",
						new BigDecimal("8000"), "Buddies who finish the training and still take part after six months.",
						List.of(new IndicatorInput(null, "Buddies trained", new BigDecimal("15"), "people"))),
				who);
		submit(id, giulia, who, LocalDate.of(2022, 2, 25));

		reopen(id);
		header(id, "A town for all: Capaci's action plan", "CONSOLIDATED", who);
		this.actions.addAction(id, partB,
				new ActionInput("Pair buddies with newcomer families",
						"Families who know where to turn and take part in the town's life.", LocalDate.of(2022, 10, 1),
						LocalDate.of(2023, 6, 30), true, "Social services department", giulia,
						"The trained buddies; the schools to introduce families", null,
						"Families paired, and how many still meet their buddy after three months.",
						List.of(new IndicatorInput(null, "Families paired", new BigDecimal("30"), "families"))),
				who);
		submit(id, giulia, who, LocalDate.of(2022, 6, 20));
		this.commitments.add(id, "Rosa Amato", "Mayor of Capaci", LocalDate.of(2021, 9, 1),
				PlanCommitments.How.STATEMENT, "Opened the first visit and presented the plan to the council.");
		this.commitments.add(id, "Salvatore Greco", "Alderman for social policy", LocalDate.of(2022, 6, 1),
				PlanCommitments.How.VISIT_ATTENDANCE, "Took part in the third visit, 13–14 June 2022.");
		this.approvalRecords.approve(group, participant, id, 3, PlanApprovals.Body.COUNCIL, LocalDate.of(2022, 7, 28),
				"Council decision 42/2022", new Activities.Actor(giulia, who), "Capaci", java.util.Locale.ENGLISH);
		progress(id, group, org, people);
		return id;
	}

	/** Progress on Capaci's approved plan: three actions done, the pairing delayed. */
	private void progress(long id, long group, Map<String, Long> org, Map<String, Long> people) {
		long programme = this.jdbc.sql("select programme_id from mentoring_group where id = ?")
			.param(group)
			.query(Long.class)
			.single();
		var history = new PlanProgress.History(programme, group, "Capaci");
		var giulia = new PlanProgress.Author(people.get("mentee@capaci.example.org"), "Giulia Russo",
				org.get("Capaci"));
		var sofie = new PlanProgress.Author(people.get("mentor@mechelen.example.org"), "Sofie Peeters",
				org.get("Mechelen"));
		PlanContent content = this.actions.content(id);
		update(id, content.actions().get(0), LocalDate.of(2022, 4, 5), "DONE",
				"Seven meetings, one more than planned: the Bangladeshi community asked for a second one.", giulia,
				history, "7");
		update(id, content.actions().get(1), LocalDate.of(2022, 12, 15), "DONE",
				"The council adopted the vision on 12 December; twelve partners signed it.", giulia, history, "12",
				"48");
		update(id, content.actions().get(2), LocalDate.of(2022, 10, 10), "DONE",
				"Fourteen buddies finished the training; they meet on the first Monday of the month.", giulia, history,
				"14");
		update(id, content.actions().get(3), LocalDate.of(2023, 5, 2), "DELAYED",
				"Eighteen families paired so far; the summer holidays slowed the introductions by the schools.", giulia,
				history, "18");
		this.progress.log(id, content.actions().get(3).key(), PlanMonitoring.Kind.OBSERVATION,
				LocalDate.of(2023, 5, 20), null,
				"The buddies we met in May were confident. Families who came through the parish stayed; try it as a second route besides the schools.",
				Map.of(), sofie, history);
	}

	private void update(long id, PlanContent.Action action, LocalDate on, String status, String note,
			PlanProgress.Author author, PlanProgress.History history, String... values) {
		Map<UUID, BigDecimal> byIndicator = new java.util.HashMap<>();
		for (int i = 0; i < values.length && i < action.indicators().size(); i++) {
			byIndicator.put(action.indicators().get(i).key(), new BigDecimal(values[i]));
		}
		this.progress.log(id, action.key(), PlanMonitoring.Kind.UPDATE, on, PlanMonitoring.Status.valueOf(status), note,
				byIndicator, author, history);
	}

	private void ostend(Map<String, Long> org, Map<String, Long> people) {
		long participant = participant("%social housing%", org.get("Ostend"));
		long group = groupOf(participant);
		FormDocument plan = this.plans.open(group, participant, org.get("Ostend"));
		long id = plan.id();
		String who = "Lotte Vermeulen";
		header(id, "Samen in de wijk: social cohesion in Ostend's housing estates", "FIRST_LIST", who);
		long part = this.actions.addPart(id, "Meeting places in two estates", who);
		LocalDate start = LocalDate.now().withDayOfMonth(1);
		this.actions.addAction(id, part, new ActionInput("Open a weekly neighbours' café in the community room",
				"Tenants meet each other; the housing company hears problems early.", start.plusMonths(1),
				start.plusMonths(7).minusDays(1), true, "Community work team", people.get("mentee@ostend.example.org"),
				"Two community workers; the social housing company; volunteers", new BigDecimal("4000"),
				"Tenants who come back at least three times.",
				List.of(new IndicatorInput(null, "Tenants taking part", new BigDecimal("40"), "people"))), who);
		this.actions.addAction(id, part, new ActionInput("Train caretakers to refer tenants to help",
				"Caretakers know where to send tenants with money, language or health worries.", start.plusMonths(2),
				start.plusMonths(4).minusDays(1), true, "Social housing company", null,
				"Mechelen's training material, shared at the learning-network session", null, "Caretakers trained.",
				List.of(new IndicatorInput(null, "Caretakers trained", new BigDecimal("12"), "people"))), who);
		this.documents.share(id, true);
	}

	private void header(long documentId, String title, String stage, String who) {
		Map<String, Answer> answers = new java.util.LinkedHashMap<>();
		answers.put("planTitle", Answer.ofText(title));
		if (stage.equals("FIRST_LIST")) {
			answers.put("vision", Answer.ofText("""
					In a few years everyone living in the town knows where to turn, takes part in local life and \
					feels at home, newcomers as much as families who have lived here for generations."""));
			answers.put("needs", Answer.ofText("challenge keyPlayers"));
		}
		answers.put("stage", Answer.ofText(stage));
		Map<String, String> shown = new java.util.HashMap<>();
		this.drafts.of(documentId).forEach((key, answer) -> shown.put(key, answer.fingerprint()));
		this.drafts.save(documentId, answers, shown, who);
	}

	private void submit(long documentId, Long userId, String who, LocalDate on) {
		long version = this.documents.find(documentId).orElseThrow().version();
		int number = this.versions.submit(documentId, version, userId, who, List.of(),
				on.atTime(17, 0).atZone(java.time.ZoneId.of("Europe/Rome")).toInstant());
		long versionId = this.versions.require(documentId, number).id();
		this.snapshots.freeze(documentId, versionId, null);
	}

	private void reopen(long documentId) {
		this.versions.reopen(documentId);
	}

	private long participant(String groupTitle, long organisationId) {
		List<Long> ids = new ArrayList<>(this.jdbc.sql("""
				select p.id from group_participant p join mentoring_group g on g.id = p.group_id
				where g.title like ? and p.organisation_id = ? and p.side = 'MENTEE' order by p.id
				""").params(groupTitle, organisationId).query(Long.class).list());
		return ids.get(0);
	}

	private long groupOf(long participant) {
		return this.jdbc.sql("select group_id from group_participant where id = ?")
			.param(participant)
			.query(Long.class)
			.single();
	}

}
