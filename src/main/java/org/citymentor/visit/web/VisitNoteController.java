package org.citymentor.visit.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.citymentor.access.Access;
import org.citymentor.access.GroupMembers;
import org.citymentor.account.AccountService;
import org.citymentor.group.Groups;
import org.citymentor.shared.StaleEditException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.ForbiddenException;
import org.citymentor.shared.web.Option;
import org.citymentor.visit.FollowUps;
import org.citymentor.visit.Visit;
import org.citymentor.visit.VisitNote;
import org.citymentor.visit.VisitNotes;
import org.citymentor.visit.Visits;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Visit notes: each member of the group writes their own (autosaved while they type,
 * never overwriting another tab silently), reads the others', and may share theirs with
 * the coordinator. Coordinators and admins who are not members read shared notes only.
 */
@Controller
@RequestMapping("/groups/{groupId}/visits/{visitId}/notes")
class VisitNoteController {

	private final Access access;

	private final Visits visits;

	private final VisitNotes notes;

	private final FollowUps followUps;

	private final Groups groups;

	private final GroupMembers members;

	private final AccountService accounts;

	VisitNoteController(Access access, Visits visits, VisitNotes notes, FollowUps followUps, Groups groups,
			GroupMembers members, AccountService accounts) {
		this.access = access;
		this.visits = visits;
		this.notes = notes;
		this.followUps = followUps;
		this.groups = groups;
		this.members = members;
		this.accounts = accounts;
	}

	/** The notes of a visit (the same list as on the visit page). */
	@GetMapping
	String list(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Visit visit = visit(groupId, visitId, user);
		common(visit, model);
		return "visits/notes";
	}

	@GetMapping("/mine")
	String edit(@PathVariable long groupId, @PathVariable long visitId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Visit visit = writable(groupId, visitId, user);
		VisitNote mine = this.notes.mine(visitId, user.id()).orElse(null);
		return form(visit, mine, NoteForm.of(mine), Map.of(), null, model);
	}

	@PostMapping("/mine")
	String save(@PathVariable long groupId, @PathVariable long visitId, @ModelAttribute("form") NoteForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Visit visit = writable(groupId, visitId, user);
		Map<String, String> errors = form.check(true);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(visit, this.notes.mine(visitId, user.id()).orElse(null), form, errors, null, model);
		}
		VisitNote saved;
		try {
			saved = this.notes.save(groupId, visitId, user.id(), form.getVersion(), form.text());
		}
		catch (StaleEditException ex) {
			VisitNote stored = this.notes.mine(visitId, user.id()).orElseThrow();
			response.setStatus(HttpStatus.CONFLICT.value());
			form.setVersion(stored.version());
			return form(visit, stored, form, Map.of(), stored, model);
		}
		redirect.addFlashAttribute("notice", "visitnote.notice.saved");
		return "redirect:" + base(visit) + "/" + saved.id();
	}

	/** The autosave while the person types (htmx): answers with the status line. */
	@PostMapping("/mine/autosave")
	String autosave(@PathVariable long groupId, @PathVariable long visitId, @ModelAttribute("form") NoteForm form,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		writable(groupId, visitId, user);
		if (!form.check(false).isEmpty()) {
			model.addAttribute("autosave", "invalid");
		}
		else if (form.getVersion() == null && form.text().isBlank()) {
			model.addAttribute("autosave", "nothing");
		}
		else {
			try {
				VisitNote saved = this.notes.save(groupId, visitId, user.id(), form.getVersion(), form.text());
				model.addAttribute("autosave", "saved");
				model.addAttribute("savedVersion", saved.version());
				model.addAttribute("savedAt", Instant.now());
			}
			catch (StaleEditException ex) {
				model.addAttribute("autosave", "conflict");
			}
		}
		return "visits/note-form :: autosaveStatus";
	}

	@GetMapping("/{noteId}")
	String show(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long noteId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Visit visit = visit(groupId, visitId, user);
		VisitNote note = this.notes.requireReadable(user, groupId, visitId, noteId);
		return page(visit, note, user, new FollowUpForm(), Map.of(), model);
	}

	/**
	 * The author shares the note with the coordinator ({@code shared=true}) or withdraws
	 * it.
	 */
	@PostMapping("/{noteId}/share")
	String share(@PathVariable long groupId, @PathVariable long visitId, @PathVariable long noteId,
			@RequestParam(name = "shared", defaultValue = "false") boolean shared,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Visit visit = visit(groupId, visitId, user);
		VisitNote note = this.notes.requireReadable(user, groupId, visitId, noteId);
		if (!note.isBy(user.id())) {
			throw new ForbiddenException();
		}
		this.notes.share(noteId, user.id(), shared);
		redirect.addFlashAttribute("notice", shared ? "visitnote.notice.shared" : "visitnote.notice.withdrawn");
		return "redirect:" + base(visit) + "/" + noteId;
	}

	/**
	 * The note page: its text, its follow-ups and, for the author, sharing and adding.
	 */
	String page(Visit visit, VisitNote note, CurrentUser user, FollowUpForm followUpForm, Map<String, String> errors,
			Model model) {
		common(visit, model);
		boolean author = note.isBy(user.id());
		model.addAttribute("note", note);
		model.addAttribute("fields", NoteForm.FIELDS);
		model.addAttribute("author", author);
		model.addAttribute("member", this.access.isGroupMember(user, visit.groupId()));
		model.addAttribute("noteFollowUps",
				this.notes.mayRead(user, note) && this.access.isGroupMember(user, visit.groupId())
						? this.followUps.ofNote(note.id()) : List.of());
		model.addAttribute("followUpForm", followUpForm);
		model.addAttribute("errors", errors);
		model.addAttribute("owners", author ? owners(visit.groupId()) : List.of());
		return "visits/note";
	}

	/** Who may own a follow-up: the group's current members, by name. */
	List<Option> owners(long groupId) {
		List<Long> ids = this.members.of(groupId).stream().map(GroupMembers.Member::userId).distinct().toList();
		return this.accounts.people(ids)
			.values()
			.stream()
			.map((p) -> new Option(String.valueOf(p.id()), p.displayName()))
			.sorted(Comparator.comparing(Option::label))
			.toList();
	}

	/** A visit of a group the person sees; 404 otherwise. */
	Visit visit(long groupId, long visitId, CurrentUser user) {
		this.access.requireViewGroup(user, groupId);
		return this.visits.require(groupId, visitId);
	}

	private String form(Visit visit, VisitNote mine, NoteForm form, Map<String, String> errors, VisitNote theirs,
			Model model) {
		common(visit, model);
		model.addAttribute("mine", mine);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("theirs", theirs);
		model.addAttribute("fields", NoteForm.FIELDS);
		return "visits/note-form";
	}

	private void common(Visit visit, Model model) {
		String title = this.groups.details(visit.groupId()).data().title();
		String group = "/groups/" + visit.groupId();
		model.addAttribute("groupPath", group);
		model.addAttribute("visit", visit);
		model.addAttribute("groupTitle", title);
		model.addAttribute("notesBase", base(visit));
		model.addAttribute("visitPath", group + "/visits/" + visit.id());
	}

	/** Members write notes; others who see the group get 403. */
	private Visit writable(long groupId, long visitId, CurrentUser user) {
		Visit visit = visit(groupId, visitId, user);
		if (!this.access.isGroupMember(user, groupId)) {
			throw new ForbiddenException();
		}
		return visit;
	}

	static String base(Visit visit) {
		return "/groups/" + visit.groupId() + "/visits/" + visit.id() + "/notes";
	}

}
