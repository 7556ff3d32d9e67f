package org.citymentor.learning.web;

import java.util.List;

import org.citymentor.learning.AfterSession;
import org.citymentor.learning.Registrations;
import org.citymentor.learning.Session;
import org.citymentor.learning.SessionAccess;
import org.citymentor.learning.Sessions;
import org.citymentor.shared.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a session's page shows, for whoever sees it. */
@Component
class SessionPages {

	private final Sessions sessions;

	private final SessionAccess access;

	private final Registrations registrations;

	private final AfterSession after;

	SessionPages(Sessions sessions, SessionAccess access, Registrations registrations, AfterSession after) {
		this.sessions = sessions;
		this.access = access;
		this.registrations = registrations;
		this.after = after;
	}

	/** The session page's model; 404 for whoever may not see the session. */
	Session show(CurrentUser user, long sessionId, Model model) {
		Session session = this.sessions.require(user, sessionId);
		boolean manage = this.access.mayManage(user, session.groupId());
		boolean restricted = manage || this.access.isRegistered(user, sessionId);
		model.addAttribute("learningSession", session);
		model.addAttribute("mayManage", manage);
		model.addAttribute("maySeeRestricted", restricted);
		model.addAttribute("myStatus", this.registrations.statusOf(sessionId, user.id()));
		model.addAttribute("closed", this.registrations.closed(session));
		model.addAttribute("held", session.heldBy(this.sessions.today()));
		model.addAttribute("colleagues", session.open() ? this.registrations.colleagues(user.id()) : List.of());
		model.addAttribute("registrants", restricted ? this.registrations.of(sessionId) : List.of());
		model.addAttribute("attendees", restricted ? this.after.attendees(sessionId) : List.of());
		model.addAttribute("materials", this.after.materials(sessionId));
		model.addAttribute("ratings", this.after.ratings(sessionId, user.id()));
		model.addAttribute("questions", this.after.questions(sessionId));
		model.addAttribute("tookPart", this.access.tookPart(user, sessionId));
		if (!model.containsAttribute("questionForm")) {
			model.addAttribute("questionForm", new QuestionForm());
		}
		return session;
	}

}
