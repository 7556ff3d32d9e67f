package org.citymentor.training.web;

import java.util.ArrayList;
import java.util.List;

import org.citymentor.form.FormScope.Crumb;
import org.citymentor.programme.Programmes;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.training.Training;
import org.citymentor.training.TrainingAccess;
import org.citymentor.training.Trainings;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of a session needs: the session, where it belongs, what the viewer may
 * do.
 */
@Component
class TrainingPages {

	private final Trainings trainings;

	private final TrainingAccess access;

	private final Programmes programmes;

	private final MessageSource messages;

	TrainingPages(Trainings trainings, TrainingAccess access, Programmes programmes, MessageSource messages) {
		this.messages = messages;
		this.trainings = trainings;
		this.access = access;
		this.programmes = programmes;
	}

	/** A session for a reader (404 for everyone else), with the common model. */
	Training read(long trainingId, CurrentUser user, Model model) {
		Training training = this.trainings.require(trainingId);
		this.access.requireRead(user, training);
		return common(training, user, model);
	}

	/** A session for someone who plans it (403 for invited people who do not). */
	Training manage(long trainingId, CurrentUser user, Model model) {
		Training training = this.trainings.require(trainingId);
		this.access.requireManage(user, training);
		return common(training, user, model);
	}

	private Training common(Training training, CurrentUser user, Model model) {
		model.addAttribute("training", training);
		model.addAttribute("mayManage", this.access.mayManage(user, training));
		model.addAttribute("isInvited", this.access.isInvited(user, training));
		String groupTitle = (training.groupId() != null)
				? this.trainings.groupTitles(List.of(training.groupId())).get(training.groupId()) : null;
		model.addAttribute("groupTitle", groupTitle);
		model.addAttribute("crumbs", crumbs(training.programmeId(), training.groupId(), groupTitle));
		return training;
	}

	/** Programme › (group ›) trainings. */
	List<Crumb> crumbs(long programmeId, Long groupId, String groupTitle) {
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(new Crumb(this.programmes.details(programmeId).data().name(), "/programmes/" + programmeId));
		if (groupId != null) {
			crumbs.add(new Crumb(groupTitle, "/groups/" + groupId));
			crumbs.add(new Crumb(listLabel(), "/groups/" + groupId + "/trainings"));
		}
		else {
			crumbs.add(new Crumb(listLabel(), "/programmes/" + programmeId + "/trainings"));
		}
		return crumbs;
	}

	private String listLabel() {
		return this.messages.getMessage("training.list.title", null, LocaleContextHolder.getLocale());
	}

	String programmeName(long programmeId) {
		return this.programmes.details(programmeId).data().name();
	}

}
