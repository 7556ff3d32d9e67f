package org.citymentor.form;

/** Where a form stands. A document that does not exist yet is "not started". */
public enum FormStatus {

	DRAFT, SUBMITTED

}
