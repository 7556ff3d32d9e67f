package org.citymentor.shared;

/**
 * Someone saved the thing after this person opened it: their save is refused so that
 * nothing is silently overwritten, and the form is shown again beside the stored version.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException() {
		super("edited by someone else", null, false, false);
	}

}
