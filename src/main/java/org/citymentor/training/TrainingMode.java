package org.citymentor.training;

/** Where a session takes place. */
public enum TrainingMode {

	ONLINE, ON_SITE

}
