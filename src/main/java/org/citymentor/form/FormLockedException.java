package org.citymentor.form;

/** A submitted form is read-only until someone reopens its draft. */
public class FormLockedException extends RuntimeException {

	public FormLockedException() {
		super("the form is submitted; reopen it to change it");
	}

}
