package org.citymentor.export;

import org.citymentor.activity.Activities;
import org.citymentor.activity.Activities.Actor;
import org.citymentor.activity.ActivityKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every export in the activity history: who, what and when (the programme's
 * history for programme exports, the group's for a group's).
 */
@Service
@Transactional
public class ExportLog {

	private final Activities activities;

	ExportLog(Activities activities) {
		this.activities = activities;
	}

	public void programmeExported(long programmeId, Actor actor, String what) {
		this.activities.record(programmeId, null, actor, ActivityKind.PROGRAMME_EXPORTED, what);
	}

	public void groupExported(long programmeId, long groupId, Actor actor, String what) {
		this.activities.record(programmeId, groupId, actor, ActivityKind.GROUP_EXPORTED, what);
	}

}
