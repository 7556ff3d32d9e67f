package org.citymentor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.citymentor.actionplan.ActionPlans;
import org.citymentor.actionplan.PlanApprovals;
import org.citymentor.actionplan.PlanPdfRenderer;
import org.citymentor.actionplan.PlanPrints;
import org.citymentor.form.Answer;
import org.citymentor.form.FormDefinition;
import org.citymentor.form.FormDocument;
import org.citymentor.form.FormDocuments;
import org.citymentor.form.FormKind;
import org.citymentor.form.FormVersions;
import org.citymentor.form.FormVersions.Version;
import org.citymentor.form.Question;
import org.citymentor.goodpractice.GoodPracticeFiles;
import org.citymentor.group.GroupDetails;
import org.citymentor.group.GroupDetails.Participant;
import org.citymentor.group.Groups;
import org.citymentor.group.ParticipantSide;
import org.citymentor.mentorprofile.MentorProfileQuestions;
import org.citymentor.needs.NeedsAnalysisQuestions;
import org.citymentor.organisation.OrganisationSummary;
import org.citymentor.organisation.Organisations;
import org.citymentor.supportnetwork.NetworkSummary;
import org.citymentor.supportnetwork.SupportNetworks;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full export of one group: what its organisations submitted (needs analyses, mentor
 * profiles, action-plan versions), its support networks as counts, and its files. Drafts
 * and confidential notes are never in it (decisions.md 2 and 3); who may ask is for the
 * caller to check.
 */
@Service
@Transactional(readOnly = true)
public class GroupExports {

	private final Groups groups;

	private final Organisations organisations;

	private final FormDocuments documents;

	private final FormVersions versions;

	private final SupportNetworks networks;

	private final ActionPlans plans;

	private final PlanPrints prints;

	private final PlanPdfRenderer planPdf;

	private final PlanApprovals approvals;

	private final GoodPracticeFiles files;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	GroupExports(Groups groups, Organisations organisations, FormDocuments documents, FormVersions versions,
			SupportNetworks networks, ActionPlans plans, PlanPrints prints, PlanPdfRenderer planPdf,
			PlanApprovals approvals, GoodPracticeFiles files, JdbcClient jdbc, MessageSource messages) {
		this.groups = groups;
		this.organisations = organisations;
		this.documents = documents;
		this.versions = versions;
		this.networks = networks;
		this.plans = plans;
		this.prints = prints;
		this.planPdf = planPdf;
		this.approvals = approvals;
		this.files = files;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The group's submitted forms, for the combined document; the action plans as PDFs of
	 * their own, each version rendered by the action-plan module.
	 */
	public Bundle bundle(long groupId, Locale locale) {
		GroupDetails group = this.groups.details(groupId);
		Map<Long, OrganisationSummary> names = this.organisations
			.summaries(group.participants().stream().map(Participant::organisationId).toList());
		List<Form> forms = new ArrayList<>();
		for (FormDocument document : this.documents.ofGroups(FormKind.NEEDS_ANALYSIS, List.of(groupId))
			.getOrDefault(groupId, List.of())) {
			forms
				.add(form(NeedsAnalysisQuestions.DEFINITION, document, name(names, document.organisationId()), locale));
		}
		List<Long> mentors = group.participants()
			.stream()
			.filter((p) -> p.side() == ParticipantSide.MENTOR)
			.map(Participant::organisationId)
			.toList();
		for (FormDocument document : this.documents.ofOrganisations(FormKind.MENTOR_PROFILE, mentors)) {
			forms
				.add(form(MentorProfileQuestions.DEFINITION, document, name(names, document.organisationId()), locale));
		}
		forms.removeIf((f) -> f.versions().isEmpty());
		List<Network> networks = new ArrayList<>();
		for (Participant participant : group.participants()) {
			NetworkSummary summary = this.networks.summary(participant.id());
			if (summary.members() > 0 || summary.meetings() > 0) {
				networks.add(new Network(name(names, participant.organisationId()), summary));
			}
		}
		List<byte[]> planPdfs = new ArrayList<>();
		List<String> planTitles = new ArrayList<>();
		for (ActionPlans.Standing plan : this.plans.of(List.of(groupId)).getOrDefault(groupId, List.of())) {
			List<Version> all = new ArrayList<>(this.versions.of(plan.documentId()));
			java.util.Collections.reverse(all);
			for (Version version : all) {
				planPdfs.add(this.planPdf
					.render(this.prints.of(groupId, plan.participantId(), plan.documentId(), version, locale), locale));
				planTitles.add(this.messages.getMessage(
						"export.group.planVersion", new Object[] {
								name(names, participantOrganisation(group, plan.participantId())), version.number() },
						locale));
			}
		}
		return new Bundle(group.programmeId(), group.data().title(), forms, networks, planTitles, planPdfs);
	}

	/**
	 * Writes the ZIP of the group's files: the files of the published good-practice
	 * sheets of its organisations and the stored PDFs of its approved plans, one file in
	 * memory at a time; a contents list comes first.
	 */
	public void zip(long groupId, Locale locale, OutputStream out) {
		GroupDetails group = this.groups.details(groupId);
		List<Long> organisationIds = group.participants().stream().map(Participant::organisationId).toList();
		Map<Long, OrganisationSummary> names = this.organisations.summaries(organisationIds);
		List<SheetFile> sheetFiles = organisationIds.isEmpty() ? List.of()
				: this.jdbc.sql("""
						select gp.id as sheet, f.id as file, gp.title, o.name as organisation
						from good_practice gp join good_practice_file f on f.good_practice_id = gp.id
						     join organisation o on o.id = gp.owner_organisation_id
						where gp.status = 'PUBLISHED' and gp.owner_organisation_id in (:organisations)
						order by o.name, gp.title, f.id
						""")
					.param("organisations", organisationIds)
					.query((rs, n) -> new SheetFile(rs.getLong("sheet"), rs.getLong("file"), rs.getString("title"),
							rs.getString("organisation")))
					.list();
		List<String> contents = new ArrayList<>();
		Set<String> used = new HashSet<>();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (SheetFile file : sheetFiles) {
				this.files.download(file.sheet(), file.file()).ifPresent((download) -> {
					String entry = unique(used, "good-practices/" + safe(file.organisation()) + "/" + safe(file.title())
							+ "/" + safe(download.fileName()));
					contents.add(entry);
					put(zip, entry, download.content());
				});
			}
			for (ActionPlans.Standing plan : this.plans.of(List.of(groupId)).getOrDefault(groupId, List.of())) {
				String organisation = name(names, participantOrganisation(group, plan.participantId()));
				for (PlanApprovals.Approval approval : this.approvals.of(plan.documentId())) {
					String entry = unique(used, "approved-action-plans/" + safe(organisation) + "-version-"
							+ approval.number() + "-approved.pdf");
					contents.add(entry);
					put(zip, entry, this.approvals.pdf(plan.documentId(), approval.id()));
				}
			}
			StringBuilder list = new StringBuilder(
					this.messages.getMessage("export.zip.contents", new Object[] { group.data().title() }, locale))
				.append("\r\n\r\n");
			if (contents.isEmpty()) {
				list.append(this.messages.getMessage("export.zip.empty", null, locale)).append("\r\n");
			}
			contents.forEach((c) -> list.append(c).append("\r\n"));
			put(zip, "contents.txt", list.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Form form(FormDefinition definition, FormDocument document, String organisation, Locale locale) {
		String title = this.messages.getMessage("form." + definition.kind().name() + ".title", null, locale);
		List<VersionView> views = new ArrayList<>();
		List<Version> all = new ArrayList<>(this.versions.of(document.id()));
		java.util.Collections.reverse(all);
		for (Version version : all) {
			Map<String, Answer> answers = this.versions.answers(version.id());
			List<QuestionAnswer> rows = new ArrayList<>();
			for (Question question : definition.questions()) {
				Answer answer = answers.get(question.key());
				if (answer != null && !answer.isEmpty()) {
					String label = this.messages.getMessage(definition.messagePrefix() + question.key(), null,
							question.key(), locale);
					rows.add(new QuestionAnswer(label, answer.display()));
				}
			}
			views.add(new VersionView(version.number(), version.submittedAt(), version.submittedBy(), rows));
		}
		return new Form(title, organisation, views);
	}

	private static long participantOrganisation(GroupDetails group, long participantId) {
		return group.participant(participantId).map(Participant::organisationId).orElse(-1L);
	}

	private static String name(Map<Long, OrganisationSummary> names, long organisationId) {
		OrganisationSummary summary = names.get(organisationId);
		return (summary != null) ? summary.name() : "";
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) {
		try {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A name that is safe as a part of a path in a ZIP on every system. */
	static String safe(String name) {
		String cleaned = String.valueOf(name).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (cleaned.startsWith(".")) {
			cleaned = "_" + cleaned;
		}
		return cleaned.isEmpty() ? "_" : ((cleaned.length() > 100) ? cleaned.substring(0, 100) : cleaned);
	}

	private static String unique(Set<String> used, String name) {
		String candidate = name;
		int n = 2;
		while (!used.add(candidate)) {
			int dot = name.lastIndexOf('.');
			candidate = (dot > name.lastIndexOf('/')) ? name.substring(0, dot) + "-" + n + name.substring(dot)
					: name + "-" + n;
			n++;
		}
		return candidate;
	}

	/** What the combined document holds. */
	public record Bundle(long programmeId, String groupTitle, List<Form> forms, List<Network> networks,
			List<String> planTitles, List<byte[]> planPdfs) {
	}

	/** A form of an organisation with its submitted versions, newest last. */
	public record Form(String title, String organisation, List<VersionView> versions) {
	}

	public record VersionView(int number, Instant submittedAt, String submittedBy, List<QuestionAnswer> answers) {
	}

	public record QuestionAnswer(String question, String answer) {
	}

	/** A support network: counts only, never who is in it. */
	public record Network(String organisation, NetworkSummary summary) {
	}

	private record SheetFile(long sheet, long file, String title, String organisation) {
	}

}
